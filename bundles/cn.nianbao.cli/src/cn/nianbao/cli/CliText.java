package cn.nianbao.cli;

import java.util.Locale;

import cn.nianbao.model.PrintableText;
import cn.nianbao.model.text.Texts;

/** The command line's own strings, in Chinese or English, from messages*.properties. */
public final class CliText {

    private static final Texts TEXTS = Texts.of(CliText.class);

    private final boolean chinese;

    private CliText(Locale locale) {
        this.chinese = "zh".equals(locale.getLanguage());
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
        // what is printed may come from a file (names, cell text, notes): escape control and bidi characters
        return TEXTS.get(chinese, key, PrintableText.all(arguments));
    }
}
