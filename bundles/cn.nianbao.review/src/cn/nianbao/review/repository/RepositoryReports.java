package cn.nianbao.review.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;

/**
 * The reports a review takes from the repository, each in its current revision: one agency's reports of
 * every year (for trends and for "same agency, previous year"), or every report of one year, optionally of
 * one region (行政区划代码 prefix, e.g. 320800 for 淮安市 or 3208 for its districts too), for a roll-up.
 */
public final class RepositoryReports {

    private final ReportRepository repository;

    public RepositoryReports(ReportRepository repository) {
        this.repository = repository;
    }

    public List<SourcedReport> ofAgency(String agency) throws RepositoryException {
        List<ReportSummary> summaries = new ArrayList<>(repository.list(agency, null));
        summaries.sort(Comparator.comparingInt(ReportSummary::year));
        return load(summaries);
    }

    public List<SourcedReport> ofYear(int year, String regionPrefix) throws RepositoryException {
        List<ReportSummary> summaries = new ArrayList<>();
        for (ReportSummary summary : repository.list(null, year)) {
            if (inRegion(summary.regionCode(), regionPrefix)) {
                summaries.add(summary);
            }
        }
        return load(summaries);
    }

    /** What to do with each report of a listing, one at a time. */
    public interface ReportVisitor {
        void visit(SourcedReport report) throws RepositoryException;
    }

    /**
     * As {@link #ofYear}, one report at a time, so that a year of ten thousand reports need not be held in
     * memory at once; returns how many were visited.
     */
    public int forEachOfYear(int year, String regionPrefix, ReportVisitor visitor) throws RepositoryException {
        int visited = 0;
        for (ReportSummary summary : repository.list(null, year)) {
            if (inRegion(summary.regionCode(), regionPrefix) && summary.currentRevision() > 0) {
                visitor.visit(sourced(summary));
                visited++;
            }
        }
        return visited;
    }

    /** The agency's report of the year before, or null. */
    public SourcedReport previousYear(String agency, int year) throws RepositoryException {
        var found = repository.find(agency, year - 1);
        return found.isEmpty() ? null : load(List.of(found.get())).get(0);
    }

    static boolean inRegion(String code, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return true;
        }
        String trimmed = prefix.replaceAll("0+$", "");
        return code != null && code.startsWith(trimmed.isEmpty() ? prefix : trimmed);
    }

    private List<SourcedReport> load(List<ReportSummary> summaries) throws RepositoryException {
        List<SourcedReport> reports = new ArrayList<>(summaries.size());
        for (ReportSummary summary : summaries) {
            if (summary.currentRevision() > 0) {
                reports.add(sourced(summary));
            }
        }
        return reports;
    }

    private SourcedReport sourced(ReportSummary summary) throws RepositoryException {
        return new SourcedReport(summary.agency() + " " + summary.year() + " r" + summary.revisions(),
                repository.load(summary.currentRevision()));
    }
}
