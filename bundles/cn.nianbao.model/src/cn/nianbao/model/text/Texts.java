package cn.nianbao.model.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A headless bundle's user-facing texts in both languages, from {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) beside the anchor class, read as UTF-8. The UI bundles use
 * Eclipse NLS classes with the same two files; the headless bundles cannot, because one diagnostic, note
 * or error carries its message in Chinese and in English at once, and the command line picks its language
 * per run ({@code --lang}), while an NLS class holds one language for the life of the JVM.
 * <p>
 * As with {@code NLS.bind}, a text with no arguments is returned as written; one with arguments is
 * formatted by {@link MessageFormat} with {@link Locale#ROOT}, so that numbers print alike in every locale.
 * A missing key comes back as the key itself, never as an exception in front of a user.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle zh;
    private final ResourceBundle en;
    /** The patterns parsed once (a MessagePattern is safe for concurrent use). */
    private final Map<String, MessagePattern> parsed = new ConcurrentHashMap<>();

    private Texts(Class<?> anchor) {
        String name = anchor.getPackageName() + ".messages";
        this.zh = load(name, Locale.CHINESE, anchor.getClassLoader());
        this.en = load(name, Locale.ROOT, anchor.getClassLoader());
    }

    /** The texts in the anchor's package. */
    public static Texts of(Class<?> anchor) {
        return new Texts(anchor);
    }

    public String zh(String key, Object... args) {
        return format(zh, key, args);
    }

    public String en(String key, Object... args) {
        return format(en, key, args);
    }

    public String get(boolean chinese, String key, Object... args) {
        return chinese ? zh(key, args) : en(key, args);
    }

    private String format(ResourceBundle bundle, String key, Object... args) {
        if (bundle == null || !bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        return parsed.computeIfAbsent(pattern, MessagePattern::new).format(args);
    }

    /** A language a bundle does not have (the exported documents are Chinese only) has no texts. */
    private static ResourceBundle load(String name, Locale locale, ClassLoader loader) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale, loader, NO_FALLBACK);
            return bundle.getLocale().equals(locale) ? bundle : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
