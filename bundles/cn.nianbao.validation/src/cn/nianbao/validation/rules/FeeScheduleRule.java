package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-05: the 信息处理费 amounts of section 六 can arise from the schedule of 国办函〔2020〕109号. Both ways
 * of charging give whole tens of yuan (按件: 100元 per 件 and band; 按量: 10/20/40元 per page above 30
 * pages), so an amount that is not a multiple of 10 元 cannot. And when 六 states a total and then
 * "其中" the amounts of each body, they add up to the total.
 */
public final class FeeScheduleRule implements CodedRule {

    private static final Pattern AMOUNT = Pattern.compile("(?:收取|收费|处理费)[了共计]*(?:信息处理费)?(\\d+(?:\\.\\d+)?)元");
    private static final BigDecimal TEN = BigDecimal.TEN;

    /** The next place from which 收取, 收费 or 处理费 may begin, or -1. */
    private static int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '收' || c == '处') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String ruleId() {
        return "XS-05";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        String text = context.prose().section("S6");
        List<BigDecimal> amounts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        // as m.find() would find them, trying only where an amount can begin (收取, 收费, 处理费); none without 元
        for (int at = text.indexOf('元') < 0 ? -1 : nextStart(text, 0); at >= 0;) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                amounts.add(new BigDecimal(m.group(1)));
                positions.add(m.start());
                at = nextStart(text, m.end());
            } else {
                at = nextStart(text, at + 1);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (BigDecimal amount : amounts) {
            if (amount.signum() > 0 && amount.remainder(TEN).signum() != 0) {
                String a = amount.toPlainString();
                diagnostics.add(context.diagnostic(ruleId(), context.severity(ruleId()), List.of(), null, a,
                        context.text("xs05.schedule", a)));
            }
        }
        int among = text.indexOf("其中");
        if (amounts.size() >= 3 && among > positions.get(0)) {
            BigDecimal total = amounts.get(0);
            BigDecimal parts = BigDecimal.ZERO;
            for (int i = 1; i < amounts.size(); i++) {
                parts = parts.add(amounts.get(i));
            }
            if (positions.get(1) > among && parts.compareTo(total) != 0) {
                String t = total.toPlainString();
                String p = parts.toPlainString();
                diagnostics.add(context.diagnostic(ruleId(), Severity.INFO, List.of(), t, p,
                        "信息处理费 总额 = Σ 其中各项: " + t + " ≠ " + p, context.text("xs05.sum", t, p)));
            }
        }
        return diagnostics;
    }
}
