package cn.nianbao.store;

/**
 * Something the repository cannot do, said in Chinese and English with the way out (restore a backup, close
 * the other Nianbao, ...); {@link #getMessage()} is the English text. Never a raw SQL or H2 stack trace.
 */
public class RepositoryException extends Exception {

    /** What went wrong, for callers that react differently (the workbench offers restore on CORRUPT). */
    public enum Kind {
        BAD_DATA_FOLDER, LOCKED, CORRUPT, NEWER_VERSION, IO, INVALID_REPORT, NOT_FOUND, BAD_BACKUP,
        /** Someone else saved the report since the revision this save was based on: nothing was written. */
        CONFLICT,
        /** The report's status does not allow the change asked for (the message lists what is allowed). */
        REFUSED
    }

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String messageZh;

    public RepositoryException(Kind kind, String messageZh, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.kind = kind;
        this.messageZh = messageZh;
    }

    public Kind kind() {
        return kind;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return getMessage();
    }
}
