package cn.nianbao.review.intake;

import cn.nianbao.store.ReportSummary;

/**
 * The one place the intake list reads a report's workflow from the store. Today the store knows 草稿 /
 * 已定稿 / 已发布 and no return rounds; the 报送 → 审核 → 退回 workflow with its count of return rounds
 * arrives separately, and then only {@link #of} changes.
 */
public final class WorkflowReading {

    private WorkflowReading() {
    }

    public static ReportStanding of(ReportSummary report) {
        return new ReportStanding(report.status().name(), report.status().labelZh(), returnRounds(report));
    }

    /** Not counted by the store yet: null, shown as "—" (not 0, which would claim no return happened). */
    static Integer returnRounds(ReportSummary report) {
        return null;
    }
}
