package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * XY-04: section 五 tells what became of last year's problems (上年/去年/上一年度…, 整改). Guidance
 * only (INFO); needs no previous report. An empty or missing 五 is XS-06's and STR-01's.
 */
public final class FollowUpRule implements CodedRule {

    private static final Words FOLLOW_UP = Words.of("上年|上一年|去年|往年|以往|上年度|整改");

    @Override
    public String ruleId() {
        return "XY-04";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        String text = context.prose().section("S5");
        if (text.length() < ProblemsSectionRule.MIN_LENGTH || FOLLOW_UP.in(text)) {
            return List.of();
        }
        return List.of(context.diagnostic(ruleId(), List.of(), null, null, context.text("xy04")));
    }
}
