package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.text.ClipboardTable;

/** Blocks as Excel and WPS put them on the clipboard. */
class ClipboardTableTest {

    @Test
    void linesAreRowsAndTabsAreCells() {
        assertEquals(List.of(List.of("1", "2", "3"), List.of("4", "", "6")), ClipboardTable.parse("1\t2\t3\n4\t\t6"));
    }

    @Test
    void theTrailingLineBreakExcelAddsMakesNoRow() {
        assertEquals(List.of(List.of("1", "2")), ClipboardTable.parse("1\t2\r\n"));
    }

    @Test
    void windowsAndOldMacLineBreaksAreRowsToo() {
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3")), ClipboardTable.parse("1\r\n2\r3"));
    }

    @Test
    void aCellExcelQuotedIsUnquoted() {
        assertEquals(List.of(List.of("a\tb", "say \"hi\"", "7")), ClipboardTable.parse("\"a\tb\"\t\"say \"\"hi\"\"\"\t7"));
    }

    @Test
    void aCellExcelQuotedForItsLineBreakStaysOneCell() {
        assertEquals(List.of(List.of("第一行\n第二行", "5"), List.of("6", "7")),
                ClipboardTable.parse("\"第一行\r\n第二行\"\t5\r\n6\t7\r\n"));
    }

    @Test
    void aQuoteThatIsNeverClosedIsText() {
        assertEquals(List.of(List.of("\"12", "3"), List.of("4", "5")), ClipboardTable.parse("\"12\t3\n4\t5"));
    }

    @Test
    void nothingCopiedIsNoRow() {
        assertEquals(List.of(), ClipboardTable.parse(""));
        assertEquals(List.of(), ClipboardTable.parse(null));
    }
}
