package cn.nianbao.io.internal;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.model.PrintableText;
import cn.nianbao.model.text.Texts;

/**
 * The importers' user-facing texts, read from messages.properties and messages_zh.properties (UTF-8).
 * Both languages are always produced: a note is shown to Chinese users and logged in English.
 */
public final class Messages {

    private static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }

    public static String en(String key, Object... args) {
        // file names and cell text come from the file: never let them reach a terminal raw
        return TEXTS.en(key, PrintableText.all(args));
    }

    public static String zh(String key, Object... args) {
        return TEXTS.zh(key, PrintableText.all(args));
    }

    public static ImportException exception(String key, Object... args) {
        return new ImportException(zh(key, args), en(key, args));
    }

    public static ImportNote note(ImportNote.Kind kind, String table, String element, int line, String key,
            Object... args) {
        return new ImportNote(kind, table, element, line, zh(key, args), en(key, args));
    }
}
