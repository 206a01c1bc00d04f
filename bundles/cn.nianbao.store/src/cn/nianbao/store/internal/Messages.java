package cn.nianbao.store.internal;

import cn.nianbao.model.text.Texts;
import cn.nianbao.store.Problem;
import cn.nianbao.store.RepositoryException;

/** The repository's user-facing texts in Chinese and English (messages.properties, messages_zh.properties). */
public final class Messages {

    private static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }

    public static RepositoryException exception(RepositoryException.Kind kind, Throwable cause, String key,
            Object... args) {
        return new RepositoryException(kind, TEXTS.zh(key, args), TEXTS.en(key, args), cause);
    }

    public static String zh(String key, Object... args) {
        return TEXTS.zh(key, args);
    }

    public static String en(String key, Object... args) {
        return TEXTS.en(key, args);
    }

    public static Problem problem(String key, Object... args) {
        return new Problem(TEXTS.zh(key, args), TEXTS.en(key, args));
    }
}
