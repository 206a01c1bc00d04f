package cn.nianbao.validation.rules;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * TIM-02: published by the earlier date a local notice sets (a preference: CheckOptions.localDeadline,
 * {@code nianbao check --deadline YYYY-MM-DD}). Without such a date or without a publication date,
 * nothing is said.
 */
public final class LocalDeadlineRule implements CodedRule {

    @Override
    public String ruleId() {
        return "TIM-02";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        LocalDate published = Deadlines.day(context.report().getPublishDate());
        LocalDate deadline = context.options().localDeadline();
        if (published == null || deadline == null || !published.isAfter(deadline)) {
            return List.of();
        }
        return List.of(context.diagnostic(ruleId(), context.severity(ruleId()), List.of(), deadline.toString(),
                published.toString(), "公布日期 ≤ 本地时限: " + published + " > " + deadline,
                context.text("tim02", published.toString(), deadline.toString())));
    }
}
