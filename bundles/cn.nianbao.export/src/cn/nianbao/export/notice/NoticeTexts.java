package cn.nianbao.export.notice;

import cn.nianbao.model.text.Texts;

/** The words a 通报 adds around the findings (headings, column and sheet names), in Chinese or English. */
public final class NoticeTexts {

    private static final Texts TEXTS = Texts.of(NoticeTexts.class);

    private NoticeTexts() {
    }

    public static String get(boolean chinese, String key, Object... arguments) {
        return TEXTS.get(chinese, key, arguments);
    }
}
