package cn.nianbao.review.intake;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Roster;

/** The reports of a year in the repository as the intake list needs them (withdrawn ones left out). */
public final class IntakeSource {

    private final ReportRepository repository;
    private final ZoneId zone;

    public IntakeSource(ReportRepository repository, ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
    }

    /**
     * The year's reports split by the roster. Only the reports of the roster's units are loaded (content, first
     * revision, workflow): a province's repository holds ten times the reports of one region's roster, and
     * loading them all was nine tenths of the view's time. The others are matched by the summary's name alone.
     */
    public RosterReports reportsOf(int year, Roster roster) throws RepositoryException {
        RosterKeys keys = new RosterKeys(roster);
        Set<Long> withdrawn = repository.withdrawn();
        List<SubmittedReport> onRoster = new ArrayList<>();
        List<String> offRoster = new ArrayList<>();
        for (ReportSummary summary : repository.list(null, year)) {
            if (summary.currentRevision() <= 0 || withdrawn.contains(summary.id())) {
                continue;
            }
            if (!keys.matches(summary.agency())) {
                offRoster.add(summary.agency());
                continue;
            }
            var first = repository.history(summary.id()).get(0);
            onRoster.add(new SubmittedReport(summary, repository.load(summary.currentRevision()),
                    first.savedAt().atZone(zone).toLocalDate(), WorkflowReading.of(summary, repository)));
        }
        return new RosterReports(onRoster, offRoster);
    }
}
