package cn.nianbao.io.internal;

/** UTF-8's byte-order mark, which Windows Notepad and some site editors write before a text or a page. */
public final class Utf8Mark {

    private Utf8Mark() {
    }

    /** 3 when the bytes start with the mark, else 0: where the text itself starts. */
    public static int length(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    }
}
