package cn.nianbao.review.intake;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.store.RosterUnit;

/**
 * One unit of the roster in the intake list: its deadline and days left (negative: days past), whether and
 * when it reported, the report's workflow standing, the ERROR and WARNING count of its latest revision, and
 * whether it is duplicated (two reports for the unit, or its report also matches another unit); for a unit
 * with no report, {@code report} is null and the counts are 0.
 */
public record IntakeEntry(RosterUnit unit, LocalDate due, long daysLeft, Submission submission,
        SubmittedReport report, int errors, int warnings, boolean duplicated, List<String> reports) {

    public IntakeEntry {
        reports = List.copyOf(reports);
    }
}
