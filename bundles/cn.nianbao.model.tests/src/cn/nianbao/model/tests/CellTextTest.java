package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.model.text.CellText;
import cn.nianbao.model.text.CellText.Kind;

/** The one reader of a cell's printed text, on what real reports, typists and Excel pastes hold. */
class CellTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12|12",
        "0|0",
        "0.00|0.00",
        "59237.2449|59237.2449",
        "１２３|123",
        "1,234|1234",
        "1，234|1234",
        "12,345.5|12345.5",
        "' 7 '|7",
        "-3|-3",
        "+3|3",
        "1 234|1234" })
    void numbersAsFilersWriteThem(String printed, String value) {
        CellText cell = CellText.parse(printed);
        assertEquals(Kind.NUMBER, cell.kind(), printed);
        assertEquals(new BigDecimal(value), cell.value(), "the printed scale is kept");
        assertNull(cell.text(), "a plain number keeps no text");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "／", "\\", "-", "－", "--", "-–", "-—", "—", "——", "―", "–", "无", "暂无", "空", "没有" })
    void placeholdersStandForNothingAndAreNotZero(String printed) {
        CellText cell = CellText.parse(printed);
        assertEquals(Kind.PLACEHOLDER, cell.kind(), printed);
        assertNull(cell.value());
        assertEquals(printed, cell.text(), "exported as printed");
        assertFalse(cell.isNumberOrBlank(), "the editor does not store a placeholder");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "251000元|251000|元",
        "3件|3|件",
        "7730.28万元|7730.28|万元",
        "22（其中修订16件）|22|（其中修订16件）",
        "55（含自然失效29件）|55|（含自然失效29件）",
        "8件(含上年结转)|8|件(含上年结转)" })
    void aNumberWithAUnitOrANoteKeepsBoth(String printed, String value, String note) {
        CellText cell = CellText.parse(printed);
        assertEquals(Kind.NOTED, cell.kind(), printed);
        assertEquals(new BigDecimal(value), cell.value());
        assertEquals(note, cell.note());
        assertEquals(printed, cell.text());
    }

    @ParameterizedTest
    @ValueSource(strings = { "N/A", "见附件", "1.2.3", "十二", "约7730万 元左右", "2.没有现成信息需要另行制作", "1、其他", "3-5月", "12件以上" })
    void otherTextHasNoValue(String printed) {
        CellText cell = CellText.parse(printed);
        assertEquals(Kind.TEXT, cell.kind(), printed);
        assertNull(cell.value());
        assertEquals(printed, cell.text());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "　" })
    void nothingPrintedIsBlank(String printed) {
        CellText cell = CellText.parse(printed);
        assertTrue(cell.isBlank());
        assertTrue(cell.isNumberOrBlank());
        assertNull(cell.value());
        assertNull(cell.text());
        assertTrue(CellText.parse(null).isBlank());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|", "0|件", "0|（含上年结转）", "1,|" })
    void aRunOfDigitsLongerThanAnyReportValueIsTextNotANumber(String digit, String tail) {
        String printed = (digit.equals("1,") ? "1" + ",234".repeat(20_000) : digit.repeat(200_000)) + (tail == null ? "" : tail);
        CellText cell = CellText.parse(printed);
        assertEquals(Kind.TEXT, cell.kind());
        assertNull(cell.value(), "no report holds a number of this size");
        assertEquals(printed, cell.text(), "kept as printed");
    }

    @ParameterizedTest
    @ValueSource(strings = { "123456789012345.1234567890", "-999999999999999.99" })
    void theLargestNumbersAReportHoldsAreStillNumbers(String printed) {
        assertEquals(new BigDecimal(printed), CellText.parse(printed).value());
    }
}
