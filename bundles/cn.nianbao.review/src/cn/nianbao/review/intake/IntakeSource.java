package cn.nianbao.review.intake;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;

/** The reports of a year in the repository as the intake list needs them (withdrawn ones left out). */
public final class IntakeSource {

    private final ReportRepository repository;
    private final ZoneId zone;

    public IntakeSource(ReportRepository repository, ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
    }

    public List<SubmittedReport> reportsOf(int year) throws RepositoryException {
        Set<Long> withdrawn = repository.withdrawn();
        List<SubmittedReport> reports = new ArrayList<>();
        for (ReportSummary summary : repository.list(null, year)) {
            if (summary.currentRevision() <= 0 || withdrawn.contains(summary.id())) {
                continue;
            }
            var first = repository.history(summary.id()).get(0);
            reports.add(new SubmittedReport(summary, repository.load(summary.currentRevision()),
                    first.savedAt().atZone(zone).toLocalDate(), WorkflowReading.of(summary, repository)));
        }
        return reports;
    }
}
