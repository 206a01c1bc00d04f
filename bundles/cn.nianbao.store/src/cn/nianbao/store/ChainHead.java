package cn.nianbao.store;

/**
 * The head of the revision chain as a reviewer pins it: the newest link, the id of the newest revision and
 * the mode ("sha256", or "hmac-sha256:" and the key's fingerprint). A later head that does not continue
 * from a pinned one means history was rewritten.
 */
public record ChainHead(String head, long lastRevision, String mode) {
}
