package cn.nianbao.export.layout;

import cn.nianbao.model.text.Texts;

/**
 * The fixed Chinese words the documents add around the report's own text (appendix heading, page
 * footer, sheet and column names), kept in {@code messages_zh.properties}, not in code. The documents are
 * Chinese whatever the user's locale, so the bundle is always the Chinese one.
 */
public final class ExportTexts {

    private static final Texts TEXTS = Texts.of(ExportTexts.class);

    private ExportTexts() {
    }

    public static String get(String key, Object... arguments) {
        return TEXTS.zh(key, arguments);
    }
}
