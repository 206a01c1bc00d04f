package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.text.Markup;

/** The one HTML/XML escaper, fed what a hostile report could hold. */
class MarkupTest {

    @Test
    void scriptTagsBecomeText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Markup.escape("<script>alert(1)</script>"));
    }

    @Test
    void quotesCannotEndAnAttribute() {
        String escaped = Markup.escape("\" onmouseover=\"alert(1)' x='");
        assertFalse(escaped.contains("\""));
        assertFalse(escaped.contains("'"));
        assertEquals("&quot; onmouseover=&quot;alert(1)&#39; x=&#39;", escaped);
    }

    @Test
    void alreadyEscapedTextComesBackVerbatimWhenUnescapedOnce() {
        assertEquals("&amp;amp; &amp;lt;b&amp;gt;", Markup.escape("&amp; &lt;b&gt;"));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreReplaced() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", Markup.escape("a\u0000b\u001Bc\uD800"));
        assertEquals("\uFFFD\uFFFD", Markup.escape("\uFFFE\uFFFF"));
    }

    @Test
    void chineseTextTabsLineBreaksAndSupplementaryCharactersStay() {
        assertEquals("本年新收\t上年结转\r\n𠮷", Markup.escape("本年新收\t上年结转\r\n𠮷"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Markup.escape(null));
    }
}
