package cn.nianbao.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of content and the revision chain: each link covers the one before it. */
public final class Hashes {

    public static final String GENESIS = "0".repeat(64);

    private Hashes() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The chain hash of a revision: its previous link, its identity, author, time and content hash. */
    public static String link(String previous, long id, long reportId, int number, String author, long savedMillis,
            String contentHash) {
        String text = previous + '\n' + id + '\n' + reportId + '\n' + number + '\n' + author.length() + ':' + author
                + '\n' + savedMillis + '\n' + contentHash;
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
