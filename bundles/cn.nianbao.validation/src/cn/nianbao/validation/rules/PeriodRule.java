package cn.nianbao.validation.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-07: a statistics period stated in the preamble (or at the start of section 一) runs from 1 January
 * to 31 December of the report year (DB51/T 2660 2.1). "自2024年1月1日起至2024年12月31日止",
 * "2024年1月1日至12月31日". Nothing stated, nothing said.
 */
public final class PeriodRule implements CodedRule {

    private static final Pattern PERIOD = Pattern.compile("统计(期限|时限|时段|时间|区间|期间|周期|范围)");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final int WINDOW = 60;

    @Override
    public String ruleId() {
        return "STR-07";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        String text = context.prose().preamble() + context.prose().section("S1");
        // every match begins with 统计: the regex engine would try each character before the first (too short a
        // word for its Boyer–Moore search)
        int first = text.indexOf("统计");
        Matcher period = PERIOD.matcher(text);
        if (first < 0 || !period.region(first, text.length()).find() || context.report().getYear() <= 0) {
            return List.of();
        }
        String window = text.substring(period.end(), Math.min(text.length(), period.end() + WINDOW));
        Matcher date = DATE.matcher(window);
        if (!date.find() || date.group(1) == null) {
            return List.of();
        }
        String from = date.group(1) + "-" + two(date.group(2)) + "-" + two(date.group(3));
        String fromYear = date.group(1);
        if (!date.find()) {
            return List.of();
        }
        String to = (date.group(1) == null ? fromYear : date.group(1)) + "-" + two(date.group(2)) + "-" + two(date.group(3));
        int year = context.report().getYear();
        String expected = year + "-01-01 … " + year + "-12-31";
        String actual = from + " … " + to;
        if ((year + "-01-01").equals(from) && (year + "-12-31").equals(to)) {
            return List.of();
        }
        return List.of(context.diagnostic(ruleId(), List.of(), expected, actual, context.text("str07", actual, expected)));
    }

    private static String two(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
