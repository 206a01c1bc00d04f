package cn.nianbao.validation.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-06: the title reads "<机关>YYYY年政府信息公开工作年度报告" and YYYY is the report year. A report
 * whose title is unknown (not imported) is not judged.
 */
public final class TitleRule implements CodedRule {

    private static final Pattern FORM = Pattern.compile("^.+?(20\\d\\d)年度?政府信息公开工作年度报告$");
    private static final Pattern ANY_YEAR = Pattern.compile("(20\\d\\d)年");

    @Override
    public String ruleId() {
        return "STR-06";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        String title = context.prose().title();
        if (title.isEmpty()) {
            return List.of();
        }
        String year = String.valueOf(context.report().getYear());
        Matcher form = FORM.matcher(title);
        if (!form.matches()) {
            return List.of(context.diagnostic(ruleId(), List.of(), null, title, context.text("str06.form", title)));
        }
        if (context.report().getYear() > 0 && !form.group(1).equals(year)) {
            return List.of(context.diagnostic(ruleId(), List.of(), year, form.group(1),
                    context.text("str06.year", title, form.group(1), year)));
        }
        Matcher other = ANY_YEAR.matcher(title.substring(0, form.start(1)));
        return other.find() && !other.group(1).equals(year)
                ? List.of(context.diagnostic(ruleId(), List.of(), year, other.group(1),
                        context.text("str06.year", title, other.group(1), year)))
                : List.of();
    }
}
