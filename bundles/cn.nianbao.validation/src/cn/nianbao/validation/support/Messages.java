package cn.nianbao.validation.support;

import cn.nianbao.model.text.Texts;

/**
 * The message texts in both languages at once: every diagnostic carries Chinese and English, so the two
 * bundles are read explicitly instead of through the default locale. Values are passed as
 * ready-made strings so that MessageFormat never regroups or rounds them; only counts are numbers.
 */
public final class Messages {

    private static final Texts TEXTS = Texts.of(Messages.class);

    public String zh(String key, Object... args) {
        return TEXTS.zh(key, args);
    }

    public String en(String key, Object... args) {
        return TEXTS.en(key, args);
    }

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {
    }
}
