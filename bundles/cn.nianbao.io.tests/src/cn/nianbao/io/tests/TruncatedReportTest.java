package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/** Reports cut short are read as far as they go; what is not in the document has no cell at all (unknown, not 0). */
class TruncatedReportTest {

    private static Path fixture(String name) {
        return TestData.root().resolve("testdata").resolve("truncated").resolve(name);
    }

    @Test
    void aReportCutInsideTableThreeHasEveryCellUpToTheCutAndNoneAfterIt() {
        Path file = fixture("06-suqian-shi-2024-cut-in-table3.txt");
        ExpectedValues expected = ExpectedValues.read(TestData.expectedFor(file));
        ImportResult result = Imports.read(file);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<CellAddress, BigDecimal> entry : expected.values().entrySet()) {
            Cell cell = ReportData.cell(result.report(), entry.getKey());
            if (cell == null || !Objects.equals(entry.getValue(), cell.getValue())) {
                wrong.add(entry.getKey() + " expected " + entry.getValue() + " but was " + (cell == null ? "missing" : cell.getValue()));
            }
        }
        for (DataTable table : result.report().getTables()) {
            for (Cell cell : table.getCells()) {
                CellAddress address = new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn());
                if (!expected.values().containsKey(address)) {
                    wrong.add(address + " is not in the document but has a cell holding " + cell.getValue() + "/" + cell.getText());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Imports.notes(result));
        assertEquals("宿迁市", result.report().getAgencyName());
        assertTrue(result.importReport().notes(ImportNote.Kind.ABSENT).stream().anyMatch(n -> "T3".equals(n.tableId()) && "R24".equals(n.elementId())),
                "row 三（七） is noted as absent: " + Imports.notes(result));
    }

    @Test
    void aPageWithTheTitleAndSectionOneOnlyIsReadWithItsTablesNotedAbsent() {
        ImportResult result = Imports.read(fixture("06-suqian-shi-2024-section-one-only.txt"));
        assertEquals(2024, result.report().getYear());
        assertTrue(ReportData.sectionText(result.report(), "S1").contains("优质公开"), "section 一 is read");
        for (DataTable table : result.report().getTables()) {
            assertNull(table.getCells().stream().filter(c -> c.getValue() != null).findFirst().orElse(null), table.getTableId());
        }
        for (String table : List.of("T2", "T3", "T4")) {
            assertTrue(result.importReport().notes(ImportNote.Kind.ABSENT).stream().anyMatch(n -> table.equals(n.tableId()) && n.elementId() == null),
                    table + " is noted as absent: " + Imports.notes(result));
        }
    }
}
