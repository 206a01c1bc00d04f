package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * A rule of format.md §8 that is deliberately not checked, so that it never raises a finding:
 * XS-08 is a design note (行政事业性收费 of table 二（八） is the agency's fee revenue, not the 信息处理费
 * of section 六; the two are never reconciled), TIM-03 (published in a visible place of the 政府信息公开专栏)
 * cannot be seen from a desktop tool and stays a checklist item for the reviewer. docs/rules.md says so,
 * and {@code nianbao rules} shows how each is handled.
 */
public final class NotCheckedRule implements CodedRule {

    private final String ruleId;
    private final String handling;

    public NotCheckedRule(String ruleId, String handling) {
        this.ruleId = ruleId;
        this.handling = handling;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    /** "design note" or "checklist". */
    public String handling() {
        return handling;
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        return List.of();
    }
}
