package cn.nianbao.export.layout;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed Chinese words the documents add around the report's own text (appendix heading, page
 * footer, sheet and column names), kept in {@code texts.properties}, not in code. The documents are
 * Chinese whatever the user's locale, so the bundle is always the Chinese one.
 */
public final class ExportTexts {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("cn.nianbao.export.layout.texts", Locale.ROOT,
            ExportTexts.class.getClassLoader());

    private ExportTexts() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
