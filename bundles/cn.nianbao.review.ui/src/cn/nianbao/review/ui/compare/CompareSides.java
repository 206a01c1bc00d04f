package cn.nianbao.review.ui.compare;

import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.ui.ReviewMessages;

/**
 * What the two panes of the compare editor show: two years of an agency's report, where the year-to-year
 * rules (XY-*) are the point, or two revisions of one report, where they would only compare the report with
 * itself and are left out.
 */
public record CompareSides(String left, String right, boolean years) {

    public static CompareSides years(Comparison comparison) {
        return new CompareSides(
                ReviewMessages.bind(ReviewMessages.Compare_leftReport, comparison.before().getAgencyName(),
                        comparison.before().getYear()),
                ReviewMessages.bind(ReviewMessages.Compare_rightReport, comparison.after().getAgencyName(),
                        comparison.after().getYear()),
                true);
    }

    /** Two revisions, each named as the History view names it ("r1") with the time it was saved. */
    public static CompareSides revisions(String before, String beforeSaved, String after, String afterSaved) {
        return new CompareSides(ReviewMessages.bind(ReviewMessages.Compare_leftRevision, before, beforeSaved),
                ReviewMessages.bind(ReviewMessages.Compare_rightRevision, after, afterSaved), false);
    }
}
