package cn.nianbao.store;

import java.time.Instant;

/**
 * What was said when a revision was committed: the status the report was given, the comment, who committed
 * it and when, and, when a report with uncorrected errors was published anyway, the reason given
 * ({@code overrideReason}, null otherwise; the author is who confirmed it).
 */
public record RevisionNote(long revisionId, ReportStatus status, String comment, String author, Instant notedAt,
        String overrideReason) {
}
