package cn.nianbao.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AgencyLevel;

/** A block pasted from a spreadsheet is one step of undo, and the Edit menu says how many cells it was. */
class PasteUndoTest {

    private static final String[] ROWS = { "R01", "R02" };
    private static final String[] COLUMNS = { "C1", "C2", "C3" };

    @Test
    void aBlockOfSixCellsIsOneStepNamedWithItsCount() {
        ReportDocument document = ReportDocuments.create("测试市人民政府", AgencyLevel.values()[1], 2024);
        CellEdits paste = document.edits();
        int value = 1;
        for (String row : ROWS) {
            for (String column : COLUMNS) {
                paste.set(new CellAddress("T3", row, column), BigDecimal.valueOf(value++));
            }
        }
        document.execute(paste.toCommand("粘贴"));

        assertEquals(new BigDecimal("15"), ReportData.value(document.report(), new CellAddress("T3", "R02", "C7")),
                "4 + 5 + 6: the totals follow the paste");
        assertEquals("粘贴 (6 个单元格)", inLocale(Locale.SIMPLIFIED_CHINESE, document::undoLabel));
        assertEquals("粘贴 (6 cells)", inLocale(Locale.ENGLISH, document::undoLabel));

        document.undo();

        for (String row : ROWS) {
            for (String column : COLUMNS) {
                assertNull(ReportData.value(document.report(), new CellAddress("T3", row, column)), row + column);
            }
        }
        assertNull(ReportData.value(document.report(), new CellAddress("T3", "R02", "C7")));
        assertFalse(document.canUndo(), "the six cells were one step");
        assertEquals("粘贴 (6 个单元格)", inLocale(Locale.SIMPLIFIED_CHINESE, document::redoLabel));
    }

    @Test
    void oneCellIsNamedWithoutACount() {
        ReportDocument document = ReportDocuments.create("测试市人民政府", AgencyLevel.values()[1], 2024);
        document.execute(document.edits().set(new CellAddress("T3", "R01", "C1"), BigDecimal.ONE).toCommand("编辑单元格"));
        assertEquals("编辑单元格", inLocale(Locale.SIMPLIFIED_CHINESE, document::undoLabel));
    }

    private static String inLocale(Locale locale, java.util.function.Supplier<String> text) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return text.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
