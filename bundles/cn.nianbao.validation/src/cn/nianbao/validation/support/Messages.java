package cn.nianbao.validation.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message texts in both languages at once: every diagnostic carries Chinese and English, so the two
 * bundles are read explicitly instead of through the default locale. Values are passed as
 * ready-made strings so that MessageFormat never regroups or rounds them; only counts are numbers.
 */
public final class Messages {

    private static final String BUNDLE = "cn.nianbao.validation.support.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle zh;
    private final ResourceBundle en;

    public Messages() {
        ClassLoader loader = Messages.class.getClassLoader();
        this.en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, loader, NO_FALLBACK);
        this.zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, loader, NO_FALLBACK);
    }

    public String zh(String key, Object... args) {
        return format(zh.getString(key), args);
    }

    public String en(String key, Object... args) {
        return format(en.getString(key), args);
    }

    /** Counts are passed as Integer for plural choices; Locale.ROOT keeps the digits plain everywhere. */
    private static String format(String pattern, Object... args) {
        MessageFormat parsed = PARSED.get(pattern);
        if (parsed == null) {
            parsed = new MessageFormat(pattern, Locale.ROOT);
            PARSED.putIfAbsent(pattern, parsed);
        }
        // a MessageFormat is not safe for concurrent use: each call formats with its own copy
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** The message patterns parsed once (there are a few dozen), copied for each use. */
    private static final java.util.Map<String, MessageFormat> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {
    }
}
