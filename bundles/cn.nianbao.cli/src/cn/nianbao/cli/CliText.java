package cn.nianbao.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own strings, in Chinese or English, from messages*.properties. */
public final class CliText {

    private final ResourceBundle bundle;
    private final boolean chinese;

    private CliText(Locale locale) {
        this.chinese = "zh".equals(locale.getLanguage());
        this.bundle = ResourceBundle.getBundle("cn.nianbao.cli.messages", chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                CliText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static CliText forDefaultLocale() {
        return new CliText(Locale.getDefault());
    }

    public static CliText forLanguage(String language) {
        return new CliText("zh".equalsIgnoreCase(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    public boolean chinese() {
        return chinese;
    }

    /** Picks the message of the user's language from a pair carried by a diagnostic or an error. */
    public String pick(String zh, String en) {
        return chinese ? zh : en;
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        // what is printed may come from a file (names, cell text, notes): escape control and bidi characters
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, cn.nianbao.model.PrintableText.all(arguments));
    }
}
