package cn.nianbao.review;

/** A review that cannot be made as asked (reports of different years in one roll-up, no report at all). */
public final class ReviewException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageZh;

    public ReviewException(String key, Object... arguments) {
        super(ReviewText.en(key, arguments));
        this.messageZh = ReviewText.zh(key, arguments);
    }

    private ReviewException(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    /** A message made of texts already in both languages (e.g. a reason within a sentence). */
    public static ReviewException of(String messageZh, String messageEn) {
        return new ReviewException(messageZh, messageEn);
    }

    public String message(boolean chinese) {
        return chinese ? messageZh : getMessage();
    }
}
