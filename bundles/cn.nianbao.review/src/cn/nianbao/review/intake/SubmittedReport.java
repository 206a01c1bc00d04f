package cn.nianbao.review.intake;

import java.time.LocalDate;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportSummary;

/**
 * A report of the year as the intake list sees it: the repository's summary, its latest revision, the day it
 * was first submitted (its first revision) and its workflow standing.
 */
public record SubmittedReport(ReportSummary summary, AnnualReport report, LocalDate submitted,
        ReportStanding standing) {
}
