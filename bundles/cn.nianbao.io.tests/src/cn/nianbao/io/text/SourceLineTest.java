package cn.nianbao.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page footers of a PDF extraction are left out of a table, the rows of numbers of a layout table are
 * not: both open with a digit.
 */
class SourceLineTest {

    @ParameterizedTest
    @ValueSource(strings = { "3", "  12 ", "123", "3/10", "3 / 10", " 12/ 1234 ", "- 3 -", "—12—", "第 3 页", "第3页 共10页" })
    void pageFootersAreSeen(String text) {
        assertTrue(SourceLine.of(1, text).isPageNumber(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1234", "12 34", "3/10/2", "12345/1", "3/", "3/12345", "0 0 3 0 0 0 3", "12 0 3/4",
        "3.", "3页", "1.其他", "" })
    void rowsOfNumbersAndLabelsAreNotPageFooters(String text) {
        assertFalse(SourceLine.of(1, text).isPageNumber(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "3\t4", "\t12" })
    void aTabbedRowIsNeverAPageFooter(String text) {
        assertFalse(SourceLine.of(1, text).isPageNumber(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "（二）主动公开 1.规章 0 0 3", "（二）主动公开\u00A01.规章 0 0 3" })
    void aLayoutRowKeepsItsLabelAndItsValueTokens(String text) {
        SourceLine line = SourceLine.of(7, text);
        assertEquals(List.of("0", "0", "3"), line.cells());
        assertTrue(line.label().endsWith("1.规章"), line.label());
    }
}
