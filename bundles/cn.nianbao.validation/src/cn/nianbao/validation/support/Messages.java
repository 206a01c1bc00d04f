package cn.nianbao.validation.support;

import java.util.Objects;
import java.util.function.Supplier;

import cn.nianbao.model.text.Texts;

/**
 * The message texts in both languages at once: every diagnostic carries Chinese and English, so the two
 * bundles are read explicitly instead of through the default locale. Values are passed as
 * ready-made strings so that MessageFormat never regroups or rounds them; only counts are numbers.
 */
public final class Messages {

    private static final Texts TEXTS = Texts.of(Messages.class);

    public String zh(String key, Object... args) {
        return TEXTS.zh(key, args);
    }

    public String en(String key, Object... args) {
        return TEXTS.en(key, args);
    }

    /**
     * A text in Chinese and English, made at once or, with {@link #later}, when first read: the message of a
     * finding nobody reads is never formatted.
     */
    public static final class Text {

        private Supplier<Text> source;
        private String zh;
        private String en;

        public Text(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        private Text(Supplier<Text> source) {
            this.source = source;
        }

        /** @param source makes the text from values fixed when the text is asked for, never from the live report */
        public static Text later(Supplier<Text> source) {
            return new Text(Objects.requireNonNull(source));
        }

        public String zh() {
            return made().zh;
        }

        public String en() {
            return made().en;
        }

        private synchronized Text made() {
            if (source != null) {
                Text text = source.get();
                zh = text.zh();
                en = text.en();
                source = null;
            }
            return this;
        }
    }
}
