package cn.nianbao.store;

import java.time.Instant;

/**
 * One saved state of a report. {@code contentHash} is the SHA-256 of the native bytes; {@code chainHash}
 * covers this revision's fields and the previous revision's chain hash, so that editing history shows.
 * {@code sourceFile} is the file it was imported from, or null when it was saved in Nianbao.
 */
public record Revision(long id, long reportId, int number, String author, Instant savedAt, String contentHash,
        String chainHash, String sourceFile) {
}
