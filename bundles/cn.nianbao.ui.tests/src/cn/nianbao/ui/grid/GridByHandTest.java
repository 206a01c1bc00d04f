package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.UiLanguage;

/**
 * 表三 used only with the mouse and the keyboard, through real X events (xdotool): what an officer does on the
 * first day. Results are read back from the report, not from the grid's methods.
 */
class GridByHandTest {

    private static final CellAddress NEW_NATURAL = new CellAddress("T3", "R01", "C1");
    private static final CellAddress NEW_COMMERCIAL = new CellAddress("T3", "R01", "C2");

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();
    private RealInput input;

    @BeforeEach
    void open() throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        fixture.shell.forceActive();
        input = new RealInput(fixture);
        input.settle();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aClickSelectsTheCellUnderTheMouse() {
        input.click(NEW_COMMERCIAL);
        assertEquals(List.of(NEW_COMMERCIAL), fixture.grid("T3").selection());
        input.click(NEW_NATURAL);
        assertEquals(List.of(NEW_NATURAL), fixture.grid("T3").selection());
    }

    @Test
    void typingFiveThenEnterCommitsAndMovesDownSoTheNextNumberGoesBelow() {
        CellAddress below = below(NEW_NATURAL);
        input.click(NEW_NATURAL);
        input.type("5");
        input.key("Return");
        input.type("7");
        input.key("Return");

        assertEquals(new BigDecimal("5"), value(NEW_NATURAL));
        assertEquals(new BigDecimal("7"), value(below), "Enter closed the editor and moved to the cell below");
        assertTrue(fixture.document.diagnostics().stream().anyMatch(d -> "SUM-01".equals(d.ruleId())));
    }

    @Test
    void afterEnterTheGridIsInSelectionModeSoRightMovesTheCellAndNotACaret() {
        CellAddress below = below(NEW_NATURAL);
        input.click(NEW_NATURAL);
        input.type("5");
        input.key("Return");

        assertNull(fixture.grid("T3").control().getActiveCellEditor(), "Enter left no editor open in the cell below");
        input.key("Right");
        var printedBelow = fixture.printed(below);
        CellAddress rightOfBelow = fixture.grid("T3").data().printedCell(printedBelow.column() + 1, printedBelow.row()).address();
        assertEquals(List.of(rightOfBelow), fixture.grid("T3").selection(), "Right moved the selection, not a caret");
    }

    @Test
    void typedEntryCommitsOnAnArrowAndTabMovesRight() {
        input.click(NEW_NATURAL);
        input.type("4");
        input.key("Right");
        input.type("6");
        input.key("Tab");
        assertEquals(new BigDecimal("4"), value(NEW_NATURAL));
        assertEquals(new BigDecimal("6"), value(NEW_COMMERCIAL), "an arrow in enter mode commits and moves");
        assertEquals(List.of(new CellAddress("T3", "R01", "C3")), fixture.grid("T3").selection());
    }

    @Test
    void aDoubleClickEditsInPlaceWhereArrowsMoveTheCaret() {
        assertEquals(new BigDecimal("1"), value(NEW_NATURAL));
        input.doubleClick(NEW_NATURAL);
        input.key("End");
        input.key("Left");
        input.type("3");
        input.key("Return");
        assertEquals(new BigDecimal("31"), value(NEW_NATURAL), "Left moved the caret inside the text");
    }

    @Test
    void aDraggedRangeTakesABlockCopiedFromExcelInOneUndoableStep() {
        CellAddress first = new CellAddress("T3", "R05", "C1");
        CellAddress last = new CellAddress("T3", "R07", "C2");
        input.drag(first, last);
        assertEquals(6, fixture.grid("T3").selection().size(), "a 3×2 range is selected");
        input.putOnClipboard("1\t2\r\n3\t4\r\n5\t6\r\n");
        input.key("ctrl+v");

        assertEquals(new BigDecimal("1"), value(first));
        assertEquals(new BigDecimal("4"), value(new CellAddress("T3", "R06", "C2")));
        assertEquals(new BigDecimal("6"), value(last));
        fixture.document.undo();
        assertNull(value(first));
        assertNull(value(last));
    }

    @Test
    void aBlockWithANonNumberIsRefusedWholeAndTheStatusNamesTheCell() {
        CellAddress first = new CellAddress("T3", "R05", "C1");
        input.click(first);
        input.putOnClipboard("1\t2\r\n3\t4\r\n5\tabc\r\n");
        input.key("ctrl+v");

        assertNull(value(first));
        assertFalse(fixture.document.canUndo());
        String status = fixture.grid("T3").statusText();
        assertTrue(status.contains(UiLanguage.english() ? "Row 3, column 2" : "第3行第2列") && status.contains("abc"), status);
    }

    @Test
    void textInACellIsRefusedInlineAndEscGivesTheOldValueBack() {
        input.click(NEW_NATURAL);
        input.type("abc");
        input.key("Return");

        assertNotNull(fixture.grid("T3").control().getActiveCellEditor(), "the cell stays in edit");
        assertTrue(fixture.grid("T3").statusText().contains("abc"), fixture.grid("T3").statusText());
        assertEquals(1, fixture.shell.getDisplay().getShells().length, "no dialog");

        input.key("Escape");
        assertNull(fixture.grid("T3").control().getActiveCellEditor());
        assertEquals(new BigDecimal("1"), value(NEW_NATURAL));
        assertFalse(fixture.document.canUndo());
    }

    @Test
    void aNegativeCountIsRefusedWithTheRuleOfTheCell() {
        input.click(NEW_NATURAL);
        input.type("-3");
        input.key("Return");
        String expected = UiLanguage.english() ? "not less than 0" : "应为不小于 0 的整数";
        assertTrue(fixture.grid("T3").statusText().contains(expected), fixture.grid("T3").statusText());
        input.key("Escape");
        assertEquals(new BigDecimal("1"), value(NEW_NATURAL));
    }

    @Test
    void deleteBlanksTheDraggedRangeAsOneStep() {
        CellAddress last = new CellAddress("T3", "R02", "C2");
        input.drag(NEW_NATURAL, last);
        input.key("Delete");
        assertNull(value(NEW_NATURAL));
        assertNull(value(NEW_COMMERCIAL));
        fixture.document.undo();
        assertEquals(new BigDecimal("1"), value(NEW_NATURAL));
    }

    private CellAddress below(CellAddress address) {
        var printed = fixture.printed(address);
        return fixture.grid("T3").data().printedCell(printed.column(), printed.row() + 1).address();
    }

    private BigDecimal value(CellAddress address) {
        return ReportData.value(fixture.document.report(), address);
    }
}
