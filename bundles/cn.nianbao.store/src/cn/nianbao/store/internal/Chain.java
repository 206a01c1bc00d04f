package cn.nianbao.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How links of the revision chain and report seals are computed: plain SHA-256 (anyone can recompute them,
 * so they show accidental or naive changes) or HMAC-SHA256 with the key of {@link KeyFile} (only the key
 * holder can recompute them). Every field that identifies a revision is in its record, each with its length,
 * so that no two different records read the same.
 */
public final class Chain {

    public static final String PLAIN = "sha256";
    public static final String KEYED = "hmac-sha256";

    private final byte[] key;
    /**
     * HMAC-SHA256 set up with the key once (null when plain): each digest works on a copy of it, instead of
     * looking up the algorithm and setting up the key for each of the two digests of every revision.
     */
    private final Mac keyedMac;

    private Chain(byte[] key) {
        this.key = key;
        this.keyedMac = key == null ? null : macWith(key);
    }

    private static Mac macWith(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    public static Chain plain() {
        return new Chain(null);
    }

    public static Chain keyed(byte[] key) {
        return new Chain(key.clone());
    }

    public boolean isKeyed() {
        return key != null;
    }

    /** What nb_meta records for this mode: "sha256", or "hmac-sha256:" and the key's fingerprint. */
    public String mode() {
        return key == null ? PLAIN : KEYED + ":" + Hashes.sha256(key).substring(0, 16);
    }

    /** The link of a revision: the one before it and everything that identifies the revision. */
    public String link(String previous, RevisionRecord r) {
        return digest(record("revision-v2", previous, r.id(), r.reportId(), r.number(), r.agency(), r.year(),
                r.author(), r.savedMillis(), r.contentHash(), r.sourceName(), r.sourceHash(), r.acceptances()));
    }

    /** The seal of a report row: its identity, status and current revision with that revision's link. */
    public String seal(long reportId, String agency, int year, String template, String status, long current,
            int revisions, String currentLink) {
        return digest(record("report-v2", reportId, agency, year, template, status, current, revisions, currentLink));
    }

    /** The link of one change in a report's status log: the change before it and everything it says. */
    public String statusLink(String previous, long reportId, int sequence, long revisionId, String from, String to,
            String author, long changedMillis, String comment, int returnRound, String carried) {
        return digest(record("status-v1", previous, reportId, sequence, revisionId, from, to, author, changedMillis,
                comment, returnRound, carried));
    }

    private static String record(Object... fields) {
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append('\n');
        }
        return text.toString();
    }

    private String digest(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (key == null) {
            return Hashes.sha256(bytes);
        }
        try {
            // a copy per digest: a Chain is shared by the repository's threads, a Mac is not thread-safe
            Mac mac = (Mac) keyedMac.clone();
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (CloneNotSupportedException e) {
            return HexFormat.of().formatHex(macWith(key).doFinal(bytes));
        }
    }

    /** The fields of a revision that its link covers. */
    public record RevisionRecord(long id, long reportId, int number, String agency, int year, String author,
            long savedMillis, String contentHash, String sourceName, String sourceHash, String acceptances) {
    }
}
