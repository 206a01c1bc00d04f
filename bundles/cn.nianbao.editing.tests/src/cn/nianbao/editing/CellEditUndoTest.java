package cn.nianbao.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.TestData;
import cn.nianbao.validation.Diagnostic;

/**
 * What an officer relies on when typing a figure into 表三: the edit is one step of undo, the 总计 column
 * follows it, a figure that breaks an identity shows in the Checks view at once and undo takes it back.
 */
class CellEditUndoTest {

    private static final CellAddress NATURAL_PERSONS_NEW = new CellAddress("T3", "R01", "C1");
    private static final CellAddress TOTAL_NEW = new CellAddress("T3", "R01", "C7");

    @Test
    void anEditIsOneUndoableStepAndItsTotalFollows() throws Exception {
        ReportDocument document = ReportDocuments.open(TestData.seed());
        BigDecimal before = value(document, NATURAL_PERSONS_NEW);
        BigDecimal totalBefore = value(document, TOTAL_NEW);
        assertNotEquals(0, new BigDecimal("5").compareTo(before), "the seed must not hold 5 already");

        document.execute(document.edits().set(NATURAL_PERSONS_NEW, new BigDecimal("5")).toCommand("编辑单元格"));

        assertEquals(0, new BigDecimal("5").compareTo(value(document, NATURAL_PERSONS_NEW)));
        assertEquals(0, totalBefore.subtract(before).add(new BigDecimal("5")).compareTo(value(document, TOTAL_NEW)),
                "总计 moves by what 自然人 moved");
        assertTrue(document.isDirty());

        document.undo();

        assertEquals(0, before.compareTo(value(document, NATURAL_PERSONS_NEW)));
        assertEquals(0, totalBefore.compareTo(value(document, TOTAL_NEW)), "one undo restores the total too");
        assertFalse(document.canUndo(), "the edit and its total were one step");
        assertFalse(document.isDirty(), "back where the file was");
    }

    @Test
    void anEditThatBreaksTheBalanceShowsInTheDiagnosticsAndUndoClearsIt() throws Exception {
        ReportDocument document = ReportDocuments.open(TestData.seed());
        assertEquals(List.of(), sum01On(document, NATURAL_PERSONS_NEW), "the seed balances");

        document.execute(document.edits().set(NATURAL_PERSONS_NEW, value(document, NATURAL_PERSONS_NEW).add(BigDecimal.ONE))
                .toCommand("编辑单元格"));
        assertEquals(1, sum01On(document, NATURAL_PERSONS_NEW).size(), "新收 + 结转 no longer equals 总计 + 结转下年度");

        document.undo();
        assertEquals(List.of(), sum01On(document, NATURAL_PERSONS_NEW));
    }

    private static List<Diagnostic> sum01On(ReportDocument document, CellAddress cell) {
        return document.diagnostics().stream().filter(d -> d.ruleId().equals("SUM-01") && d.cells().contains(cell)).toList();
    }

    private static BigDecimal value(ReportDocument document, CellAddress cell) {
        BigDecimal value = ReportData.value(document.report(), cell);
        return value == null ? BigDecimal.ZERO : value;
    }
}
