package cn.nianbao.store;

import java.time.Instant;
import java.util.List;

/**
 * One change of a report's status, as the repository keeps it in the report's hash-chained status log:
 * {@code sequence} counts from 1 per report, {@code returnRound} is the number of returns so far (counting
 * this change when it is one), {@code carried} the numbers of the open comments a return sent back.
 */
public record StatusLogEntry(long reportId, int sequence, long revisionId, ReportStatus from, ReportStatus to,
        String author, Instant changedAt, String comment, int returnRound, List<Integer> carried) {
}
