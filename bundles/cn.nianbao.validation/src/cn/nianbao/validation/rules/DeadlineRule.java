package cn.nianbao.validation.rules;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * TIM-01: published by the statutory deadline ({@link Deadlines}). ERROR for 政府 and 部门; WARNING for
 * 乡镇/街道 (no statutory date) and for an agency of unknown level (checked against 31 March). With no
 * publication date the rule cannot assess the report and says so as an INFO, never more: the report may not
 * be published yet, or the date was not on the copy read (an evaluator does not deduct on a missing date).
 */
public final class DeadlineRule implements CodedRule {

    private final java.util.Map<String, cn.nianbao.validation.support.Messages.Text> undated =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String ruleId() {
        return "TIM-01";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        LocalDate published = Deadlines.day(context.report().getPublishDate());
        int year = context.report().getYear();
        if (year <= 0) {
            return List.of();
        }
        AgencyLevel level = context.report().getAgencyLevel();
        ReportScope scope = context.report().getReportScope();
        LocalDate deadline = Deadlines.statutory(level, scope, year);
        if (level == AgencyLevel.TOWNSHIP && context.options().localDeadline() != null) {
            deadline = context.options().localDeadline();
        }
        if (published == null) {
            // said of nearly every imported report: the text of each deadline is formatted once
            String day = deadline.toString();
            return List.of(context.diagnostic(ruleId(), Severity.INFO, List.of(), day, null,
                    undated.computeIfAbsent(day, d -> context.text("tim01.undated", d))));
        }
        if (!published.isAfter(deadline)) {
            return List.of();
        }
        boolean known = Deadlines.known(level, scope);
        Severity severity = known ? context.severity(ruleId()) : Severity.WARNING;
        String key = level == AgencyLevel.TOWNSHIP ? "tim01.township" : known ? "tim01" : "tim01.unknown";
        return List.of(context.diagnostic(ruleId(), severity, List.of(), deadline.toString(), published.toString(),
                "公布日期 ≤ 法定时限: " + published + " > " + deadline,
                context.text(key, published.toString(), deadline.toString())));
    }
}
