package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.text.Texts;

/** Both languages of a bundle at once, from messages.properties and messages_zh.properties (this package's). */
class TextsTest {

    private final Texts texts = Texts.of(TextsTest.class);

    @Test
    void bothLanguagesAtOnce() {
        assertEquals("你好，宿迁", texts.zh("greeting", "宿迁"));
        assertEquals("Hello, 宿迁", texts.en("greeting", "宿迁"));
        assertEquals("你好，x", texts.get(true, "greeting", "x"));
        assertEquals("Hello, x", texts.get(false, "greeting", "x"));
    }

    @Test
    void aTextWithoutArgumentsIsAsWrittenAndOneWithArgumentsIsFormatted() {
        assertEquals("last year's text, as written", texts.en("plain"));
        assertEquals("it's 3", texts.en("quoted", 3));
        assertEquals("第3条", texts.zh("quoted", 3));
    }

    @Test
    void aKeyMissingInChineseFallsBackToEnglishAndAMissingKeyIsTheKey() {
        assertEquals("only in English", texts.zh("englishOnly"));
        assertEquals("no.such.key", texts.zh("no.such.key"));
        assertEquals("no.such.key", texts.en("no.such.key", 1));
    }

    @Test
    void countsStringsQuotesAndTypedSlotsPrintAsMessageFormatPrintsThem() {
        assertEquals("7 cells in 表三, 7 blank", texts.en("counted", 7, "表三"));
        assertEquals("-3 cells in x, -3 blank", texts.en("counted", -3L, "x"));
        assertEquals("1,234 cells in 表四, 1,234 blank", texts.en("counted", 1234, "表四"));
        assertEquals("{x} is 5", texts.en("braces", "x", 5));
        assertEquals("2.5 of y", texts.en("typed", 2.5, "y"));
        assertEquals("7 cells in {1}, 7 blank", texts.en("counted", 7));
        assertEquals("null cells in z, null blank", texts.en("counted", null, "z"));
    }
}
