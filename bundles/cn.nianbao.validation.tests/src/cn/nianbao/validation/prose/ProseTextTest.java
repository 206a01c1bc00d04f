package cn.nianbao.validation.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The text as the prose rules read it: what normalising removes and changes, and what quotes are cut out. */
class ProseTextTest {

    @Test
    void everyKindOfWhitespaceIsRemovedAndNothingElse() {
        // tab, line feed, vertical tab, form feed, carriage return, the separators U+001C…U+001F, space,
        // no-break space, em space, line separator and the ideographic space go; a bell and a NUL stay
        assertEquals("受理申请17件\u0007，办结\u000016件。",
                ProseText.normalise("受理\t申请\n1\u000b7\f件\r\u0007，\u001c办\u001d结\u001e \u001f\u00a0\u0000"
                        + "1\u20036\u2028件\u3000。"));
    }

    @Test
    void fullWidthDigitsBecomeAsciiAndThousandsSeparatorsGo() {
        assertEquals("收到1191件，共3.5万件，1,23件", ProseText.normalise("收到１，１９１件，共３．５万件，1,23件"));
        assertEquals("1234567件", ProseText.normalise("1,234, 567件"));
    }

    @Test
    void quotedPhrasesUpToTheirLimitAreCutOutAndTheRestIsKept() {
        assertEquals("开展　活动，受理　17件", ProseText.withoutQuotes("开展“办结一件申请、解决一个问题”活动，受理「x」17件"));
        String unclosed = "开展“活动，受理17件";
        assertEquals(unclosed, ProseText.withoutQuotes(unclosed));
        String tooLong = "“" + "甲".repeat(81) + "”乙";
        assertEquals(tooLong, ProseText.withoutQuotes(tooLong));
        assertEquals("　乙", ProseText.withoutQuotes("“" + "甲".repeat(80) + "”乙"));
        String none = "没有引号的句子。";
        assertSame(none, ProseText.withoutQuotes(none));
    }

    @Test
    void theSentencesWithAWordComeInTextOrderEachOnce() {
        String text = "甲有自然人申请。乙没有。丙有其他组织申请；丁有自然人和其他组织申请。戊单位的自然人";
        assertEquals(List.of("甲有自然人申请。", "丙有其他组织申请；", "丁有自然人和其他组织申请。", "戊单位的自然人"),
                ProseText.sentencesWith(text, List.of("其他组织", "自然人")));
        assertEquals(List.of(), ProseText.sentencesWith(text, List.of("法人")));
    }

    @Test
    void aWordAtTheStartOfTheNextSentenceIsFoundToo() {
        // the search went on a word's length past the end of the sentence it had just found
        assertEquals(List.of("自然人3件。", "自然人4件。", "法人1件。"),
                ProseText.sentencesWith("自然人3件。自然人4件。法人1件。", List.of("自然人", "法人")));
    }
}
