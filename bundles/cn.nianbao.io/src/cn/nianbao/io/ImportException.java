package cn.nianbao.io;

/** A file that cannot be read at all: the reason in Chinese and English; getMessage() is the English one. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageZh;

    public ImportException(String messageZh, String messageEn) {
        this(messageZh, messageEn, null);
    }

    public ImportException(String messageZh, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return getMessage();
    }
}
