package cn.nianbao.review.score;

import cn.nianbao.review.ReviewText;

/** A rule pack that cannot be used, with the file and the line that say where, in both languages. */
public final class SheetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageZh;

    public SheetException(String file, int line, String key, Object... arguments) {
        super(ReviewText.en("sheet.error", file, line, ReviewText.en(key, arguments)));
        this.messageZh = ReviewText.zh("sheet.error", file, line, ReviewText.zh(key, arguments));
    }

    /** For a pack that cannot be found or read at all: no line to name. */
    public SheetException(String file, String key, Object... arguments) {
        super(ReviewText.en("sheet.fileError", file, ReviewText.en(key, arguments)));
        this.messageZh = ReviewText.zh("sheet.fileError", file, ReviewText.zh(key, arguments));
    }

    public String message(boolean chinese) {
        return chinese ? messageZh : getMessage();
    }
}
