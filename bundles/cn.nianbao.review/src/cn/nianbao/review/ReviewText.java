package cn.nianbao.review;

import cn.nianbao.model.text.Texts;

/**
 * The review bundle's user-facing strings in Chinese and English (messages.properties,
 * messages_zh.properties): series names, output headings, roll-up names.
 */
public final class ReviewText {

    private static final Texts TEXTS = Texts.of(ReviewText.class);

    private ReviewText() {
    }

    public static String get(boolean chinese, String key, Object... arguments) {
        return TEXTS.get(chinese, key, arguments);
    }

    public static String zh(String key, Object... arguments) {
        return get(true, key, arguments);
    }

    public static String en(String key, Object... arguments) {
        return get(false, key, arguments);
    }
}
