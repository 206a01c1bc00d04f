package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.TestData;
import cn.nianbao.validation.Diagnostic;

/** The acceptance path of the editor on the seed report, with real SWT and NatTable widgets. */
class ReportEditorTest {

    private static final CellAddress NEW_NATURAL = new CellAddress("T3", "R01", "C1");
    private static final CellAddress NEW_TOTAL = new CellAddress("T3", "R01", "C7");
    private static final CellAddress DONE_NATURAL = new CellAddress("T3", "R24", "C1");

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void typingIntoTable3BreaksTheIdentityMarksTheCellsAndUndoClearsIt() throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        assertTrue(sumErrors().isEmpty(), "the seed starts consistent");
        assertFalse(fixture.document.isDirty(), "an imported report is unmodified until edited");

        fixture.type(NEW_NATURAL, "5");

        assertEquals(new BigDecimal("5"), value(NEW_NATURAL));
        assertEquals(new BigDecimal("5"), value(NEW_TOTAL), "the 总计 column follows its parts");
        Diagnostic broken = sumErrors().stream().filter(d -> "SUM-01".equals(d.ruleId())).findFirst().orElseThrow();
        assertTrue(broken.cells().contains(NEW_NATURAL) && broken.cells().contains(DONE_NATURAL), broken.cells().toString());
        assertTrue(fixture.marked(NEW_NATURAL, GridLabels.ERROR));
        assertTrue(fixture.marked(DONE_NATURAL, GridLabels.ERROR));
        assertTrue(fixture.document.isDirty());
        Screenshots.save(fixture.shell, "editor-t3-broken-" + (cn.nianbao.ui.UiLanguage.english() ? "en" : "zh"));

        fixture.document.undo();
        fixture.flush();

        assertEquals(new BigDecimal("1"), value(NEW_NATURAL));
        assertTrue(sumErrors().isEmpty());
        assertFalse(fixture.marked(NEW_NATURAL, GridLabels.ERROR));
    }

    @Test
    void aNonNumberIsRefusedAtEntryAndNeverStored() throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        ReportGrid grid = fixture.grid("T3");
        var cell = fixture.printed(NEW_NATURAL);
        assertNotNull(grid.commitTyped(cell.column(), cell.row(), "五"));
        assertNotNull(grid.commitTyped(cell.column(), cell.row(), "-3"), "counts are 0 or more");
        assertNotNull(grid.commitTyped(cell.column(), cell.row(), "2.5"), "counts are whole numbers");
        assertEquals(new BigDecimal("1"), value(NEW_NATURAL));
        assertNull(grid.commitTyped(cell.column(), cell.row(), "１，２３４"), "full-width digits with a separator are read");
        assertEquals(new BigDecimal("1234"), value(NEW_NATURAL));
    }

    @Test
    void aBlockCopiedFromExcelIsPastedAsOneUndoableStep() throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        CellAddress anchor = new CellAddress("T3", "R05", "C1");
        var printed = fixture.printed(anchor);
        ReportGrid grid = fixture.grid("T3");
        grid.select(printed.column(), printed.row());

        List<String> refused = grid.paste("1\t2\r\n3\t4\r\n5\t6\r\n");

        assertEquals(List.of(), refused);
        assertEquals(new BigDecimal("1"), value(anchor));
        assertEquals(new BigDecimal("2"), value(new CellAddress("T3", "R05", "C2")));
        assertEquals(new BigDecimal("3"), value(new CellAddress("T3", "R06", "C1")));
        assertEquals(new BigDecimal("4"), value(new CellAddress("T3", "R06", "C2")));
        assertEquals(new BigDecimal("5"), value(new CellAddress("T3", "R07", "C1")));
        assertEquals(new BigDecimal("6"), value(new CellAddress("T3", "R07", "C2")));
        assertEquals(new BigDecimal("3"), value(new CellAddress("T3", "R05", "C7")), "row total follows");

        fixture.document.undo();
        assertNull(value(anchor));
        assertNull(value(new CellAddress("T3", "R07", "C2")));
    }

    @Test
    void aRangeCopiesOutAsTabSeparatedText() throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        var first = fixture.printed(new CellAddress("T3", "R05", "C1"));
        ReportGrid grid = fixture.grid("T3");
        grid.select(first.column(), first.row());
        grid.paste("1\t2\n3\t4");
        grid.selectRange(first.column(), first.row(), first.column() + 1, first.row() + 1);
        grid.copySelection();
        Clipboard clipboard = new Clipboard(fixture.shell.getDisplay());
        try {
            String copied = (String) clipboard.getContents(TextTransfer.getInstance());
            assertEquals(List.of("1\t2", "3\t4"), copied.lines().toList());
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void aPasteWithTextInItChangesNothing() throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        var printed = fixture.printed(new CellAddress("T3", "R05", "C1"));
        ReportGrid grid = fixture.grid("T3");
        grid.select(printed.column(), printed.row());
        List<String> refused = grid.paste("1\tabc\n2\t3");
        assertEquals(1, refused.size());
        assertNull(value(new CellAddress("T3", "R05", "C1")));
        assertFalse(fixture.document.canUndo());
    }

    @Test
    void savedValuesComeBackWhenTheFileIsReopened(@TempDir Path dir) throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        fixture.type(new CellAddress("T3", "R13", "C2"), "7");
        Path file = dir.resolve("baoji-2024.nianbao");
        fixture.document.saveAs(file);
        assertFalse(fixture.document.isDirty());
        fixture.close();

        ReportDocument reopened = ReportDocuments.open(file);
        assertEquals(new BigDecimal("7"), ReportData.value(reopened.report(), new CellAddress("T3", "R13", "C2")));
        assertEquals(new BigDecimal("7"), ReportData.value(reopened.report(), new CellAddress("T3", "R13", "C7")));
        assertEquals("宝鸡市科学技术局", reopened.report().getAgencyName());
        assertFalse(reopened.isDirty());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside the saved one");
        }
    }

    @Test
    void aFailedSaveKeepsTheEditsAndTheOldFile(@TempDir Path dir) throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        fixture.type(NEW_NATURAL, "3");
        Path missingFolder = dir.resolve("gone").resolve("x.nianbao");
        try {
            fixture.document.saveAs(missingFolder);
        } catch (java.io.IOException expected) {
            // the editor shows this as a message
        }
        assertTrue(fixture.document.isDirty());
        assertEquals(new BigDecimal("3"), value(NEW_NATURAL));
    }

    @Test
    void deleteBlanksTheSelectedCells() throws Exception {
        fixture.open(ReportDocuments.open(TestData.seed()));
        var printed = fixture.printed(NEW_NATURAL);
        fixture.grid("T3").select(printed.column(), printed.row());
        fixture.grid("T3").blankSelection();
        assertNull(value(NEW_NATURAL));
        assertNull(value(NEW_TOTAL), "a total whose parts are all blank is blank");
    }

    private BigDecimal value(CellAddress address) {
        return ReportData.value(fixture.document.report(), address);
    }

    private List<Diagnostic> sumErrors() {
        return fixture.document.diagnostics().stream().filter(d -> d.ruleId().startsWith("SUM-")).toList();
    }
}
