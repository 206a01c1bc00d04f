package cn.nianbao.review.intake;

/** What the repository's workflow says about a report: its status (a code and its Chinese label) and return rounds. */
public record ReportStanding(String statusCode, String statusLabel, Integer returnRounds) {
}
