package cn.nianbao.review.intake;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;

/** The one place the intake list reads a report's workflow from the store: its status and how often it was returned. */
public final class WorkflowReading {

    private WorkflowReading() {
    }

    public static ReportStanding of(ReportSummary report, ReportRepository repository) throws RepositoryException {
        return new ReportStanding(report.status(), repository.returnRounds(report.id()));
    }
}
