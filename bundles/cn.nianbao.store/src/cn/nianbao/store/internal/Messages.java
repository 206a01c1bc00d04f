package cn.nianbao.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import cn.nianbao.store.Problem;
import cn.nianbao.store.RepositoryException;

/** The repository's user-facing texts in Chinese and English (messages_zh/en.properties, UTF-8). */
public final class Messages {

    private static final Properties EN = load("messages_en.properties");
    private static final Properties ZH = load("messages_zh.properties");

    private Messages() {
    }

    public static RepositoryException exception(RepositoryException.Kind kind, Throwable cause, String key,
            Object... args) {
        return new RepositoryException(kind, format(ZH, Locale.CHINESE, key, args),
                format(EN, Locale.ENGLISH, key, args), cause);
    }

    public static Problem problem(String key, Object... args) {
        return new Problem(format(ZH, Locale.CHINESE, key, args), format(EN, Locale.ENGLISH, key, args));
    }

    private static String format(Properties texts, Locale locale, String key, Object... args) {
        String pattern = texts.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, locale).format(args);
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
