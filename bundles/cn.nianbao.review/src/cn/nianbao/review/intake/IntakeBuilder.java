package cn.nianbao.review.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * Makes the intake list: matches the year's reports to the roster's units by agency name
 * ({@link AgencyNames}), gives each unit its deadline (the government's own area report by the later
 * date), and checks each matched report's latest revision with the full rule set.
 */
public final class IntakeBuilder {

    private final Validator validator = new Validator();

    /** The list from reports not yet split by the roster (all loaded). */
    public IntakeList build(Roster roster, int year, LocalDate today, List<SubmittedReport> reports) {
        RosterKeys keys = new RosterKeys(roster);
        List<SubmittedReport> onRoster = new ArrayList<>();
        List<String> offRoster = new ArrayList<>();
        for (SubmittedReport report : reports) {
            if (keys.matches(report.summary().agency())) {
                onRoster.add(report);
            } else {
                offRoster.add(report.summary().agency());
            }
        }
        return build(roster, year, today, new RosterReports(onRoster, offRoster));
    }

    public IntakeList build(Roster roster, int year, LocalDate today, RosterReports reports) {
        RosterKeys keys = new RosterKeys(roster);
        Map<String, List<SubmittedReport>> reportsByKey = new LinkedHashMap<>();
        for (SubmittedReport report : reports.onRoster()) {
            reportsByKey.computeIfAbsent(keys.key(report.summary().agency()), k -> new ArrayList<>()).add(report);
        }
        List<IntakeEntry> entries = new ArrayList<>();
        for (RosterUnit unit : roster.units()) {
            List<SubmittedReport> own = reportsByKey.getOrDefault(keys.key(unit.name()), List.of());
            boolean duplicated = own.size() > 1 || keys.sharing(unit).size() > 1;
            entries.add(entry(roster, year, today, unit, own, duplicated));
        }
        return new IntakeList(roster.region(), year, today, entries, reports.offRoster());
    }

    private IntakeEntry entry(Roster roster, int year, LocalDate today, RosterUnit unit, List<SubmittedReport> own,
            boolean duplicated) {
        SubmittedReport report = own.isEmpty() ? null : own.get(0);
        LocalDate due = roster.due(unit.level(), year);
        if (report != null && report.report().getReportScope() == ReportScope.AREA) {
            due = roster.governmentDue().atYear(year + 1);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        int errors = 0;
        int warnings = 0;
        Submission submission;
        if (report == null) {
            submission = daysLeft < 0 ? Submission.OVERDUE : Submission.NOT_SUBMITTED;
        } else {
            submission = report.submitted().isAfter(due) ? Submission.LATE : Submission.ON_TIME;
            for (Diagnostic d : validator.check(report.report())) {
                if (d.severity() == Severity.ERROR) {
                    errors++;
                } else if (d.severity() == Severity.WARNING) {
                    warnings++;
                }
            }
        }
        List<String> names = own.stream().map(r -> r.summary().agency()).toList();
        return new IntakeEntry(unit, due, daysLeft, submission, report, errors, warnings, duplicated, names);
    }
}
