package cn.nianbao.review.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.validation.Validator;

/**
 * Scores a region's reports in one go: each checked with the same agency's report of the year before when
 * there is one (XY-01…XY-05 need it, XY-03 is on the 宿迁 sheet), then scored on the sheet.
 */
public final class ScoreBatch {

    private ScoreBatch() {
    }

    /** @param previousOf last year's report of the same agency, or null */
    public static List<UnitScore> score(ScoringSheet sheet, List<SourcedReport> reports,
            UnaryOperator<AnnualReport> previousOf) {
        Validator validator = new Validator();
        Scorer scorer = new Scorer(sheet);
        List<UnitScore> scores = new ArrayList<>(reports.size());
        for (SourcedReport r : reports) {
            AnnualReport previous = previousOf.apply(r.report());
            scores.add(scorer.score(r.source(), r.report(), previous == null ? validator.check(r.report())
                    : validator.check(r.report(), previous)));
        }
        return scores;
    }

    /** Every report of the year (and region) in the repository, with the same agency's of the year before from it. */
    public static List<UnitScore> ofYear(ScoringSheet sheet, RepositoryReports repository, int year, String region)
            throws RepositoryException {
        List<SourcedReport> reports = repository.ofYear(year, region);
        Map<AnnualReport, AnnualReport> previous = new IdentityHashMap<>();
        for (SourcedReport r : reports) {
            SourcedReport last = repository.previousYear(r.report().getAgencyName(), year);
            if (last != null) {
                previous.put(r.report(), last.report());
            }
        }
        return score(sheet, reports, previous::get);
    }

    /** Last year's report among the reports themselves (same agency name, year − 1). */
    public static UnaryOperator<AnnualReport> among(List<SourcedReport> reports) {
        Map<String, AnnualReport> byAgencyYear = new HashMap<>();
        reports.forEach(r -> byAgencyYear.putIfAbsent(key(r.report().getAgencyName(), r.report().getYear()), r.report()));
        return report -> byAgencyYear.get(key(report.getAgencyName(), report.getYear() - 1));
    }

    private static String key(String agency, int year) {
        return agency + "\u0000" + year;
    }
}
