package cn.nianbao.review;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The review bundle's user-facing strings in Chinese and English (messages.properties,
 * messages_zh.properties): series names, output headings, roll-up names. Headless, so plain ResourceBundles.
 */
public final class ReviewText {

    private static final String BUNDLE = "cn.nianbao.review.messages";

    private ReviewText() {
    }

    public static String get(boolean chinese, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ReviewText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    public static String zh(String key, Object... arguments) {
        return get(true, key, arguments);
    }

    public static String en(String key, Object... arguments) {
        return get(false, key, arguments);
    }
}
