package cn.nianbao.store;

/** The file a revision was imported from: its name as given and the SHA-256 of its bytes. */
public record ImportSource(String fileName, String fileHash) {
}
