package cn.nianbao.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;

/**
 * The importers' user-facing texts, read from messages_en.properties and messages_zh.properties (UTF-8).
 * Both languages are always produced: a note is shown to Chinese users and logged in English.
 */
public final class Messages {

    private static final Properties EN = load("messages_en.properties");
    private static final Properties ZH = load("messages_zh.properties");

    private Messages() {
    }

    public static String en(String key, Object... args) {
        return format(EN, Locale.ENGLISH, key, args);
    }

    public static String zh(String key, Object... args) {
        return format(ZH, Locale.CHINESE, key, args);
    }

    public static ImportException exception(String key, Object... args) {
        return new ImportException(zh(key, args), en(key, args));
    }

    public static ImportNote note(ImportNote.Kind kind, String table, String element, int line, String key,
            Object... args) {
        return new ImportNote(kind, table, element, line, zh(key, args), en(key, args));
    }

    private static String format(Properties texts, Locale locale, String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return key;
        }
        // file names and cell text come from the file: never let them reach a terminal raw
        return new MessageFormat(pattern, locale).format(cn.nianbao.model.PrintableText.all(args));
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
