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
}
