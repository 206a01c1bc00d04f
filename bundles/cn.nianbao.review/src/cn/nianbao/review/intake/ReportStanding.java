package cn.nianbao.review.intake;

import cn.nianbao.store.ReportStatus;

/**
 * What the repository's workflow says about a report: its status and how often it was returned (null when
 * not known). The status is worded where it is shown, in the user's language.
 */
public record ReportStanding(ReportStatus status, Integer returnRounds) {
}
