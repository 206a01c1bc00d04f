package cn.nianbao.store;

import java.time.Instant;

/** One report of the repository: an agency's report of one year, with its latest revision. */
public record ReportSummary(long id, String agency, String agencyLevel, String regionCode, int year, String template,
        ReportStatus status, int revisions, long currentRevision, Instant lastSaved) {
}
