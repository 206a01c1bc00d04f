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

    public IntakeList build(Roster roster, int year, LocalDate today, List<SubmittedReport> reports) {
        Map<String, List<RosterUnit>> unitsByKey = new LinkedHashMap<>();
        for (RosterUnit unit : roster.units()) {
            unitsByKey.computeIfAbsent(AgencyNames.key(unit.name(), roster.region()), k -> new ArrayList<>()).add(unit);
        }
        Map<String, List<SubmittedReport>> reportsByKey = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (SubmittedReport report : reports) {
            String key = AgencyNames.key(report.summary().agency(), roster.region());
            if (unitsByKey.containsKey(key)) {
                reportsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(report);
            } else {
                unmatched.add(report.summary().agency());
            }
        }
        List<IntakeEntry> entries = new ArrayList<>();
        for (RosterUnit unit : roster.units()) {
            String key = AgencyNames.key(unit.name(), roster.region());
            List<SubmittedReport> own = reportsByKey.getOrDefault(key, List.of());
            boolean duplicated = own.size() > 1 || unitsByKey.get(key).size() > 1;
            entries.add(entry(roster, year, today, unit, own, duplicated));
        }
        return new IntakeList(roster.region(), year, today, entries, unmatched);
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
