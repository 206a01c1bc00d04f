package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.TemplateVersion;

/**
 * A small hand-made report in the 2019 试行 format (format.md §3.2, §4): table 二 tab-separated with the
 * 2019 columns, table 三 in layout text with 23 rows, full-width digits and a "/" cell.
 */
class Report2019Test {

    private final ImportResult result = Imports.read(TextFiles.write(Imports.resource("report-2019.txt"), "report-2019.txt"));
    private final AnnualReport report = result.report();

    @Test
    void theLayoutMakesItA2019ReportOfATownship() {
        assertEquals(TemplateVersion.V2019_TRIAL, report.getTemplateVersion());
        assertEquals("平安县青山镇人民政府", report.getAgencyName());
        assertEquals(AgencyLevel.TOWNSHIP, report.getAgencyLevel());
        assertEquals(2019, report.getYear());
        assertTrue(report.getPreamble().contains("统计期限"));
        assertTrue(result.importReport().notes().isEmpty(), result.importReport().toString());
    }

    @Test
    void table2HasThe2019RowsAndColumnsWithSignsAndUnits() {
        assertEquals(new BigDecimal("12"), value("T2", "NORM", "TOTAL_PUBLISHED"));
        assertEquals(new BigDecimal("-417"), value("T2", "LICENSE", "CHANGE"));
        assertEquals(new BigDecimal("40"), value("T2", "OTHER_SERVICE", "DECISIONS"));
        assertEquals(new BigDecimal("-3"), value("T2", "PENALTY", "CHANGE"));
        assertEquals(new BigDecimal("4"), value("T2", "FEE", "PREV_ITEMS"));
        Cell amount = ReportData.cell(report, new CellAddress("T2", "PROCUREMENT", "PROC_AMOUNT"));
        assertEquals("251000元", amount.getText());
        assertEquals(new BigDecimal("251000"), amount.getValue());
        assertEquals("本年新制作数量", Imports.label(result, "T2", LabelAxis.COLUMN, "NEW_MADE").getText());
        assertEquals("规范性文件", Imports.label(result, "T2", LabelAxis.ROW, "NORM").getText());
    }

    @Test
    void table3HasTwentyThreeRowsWithOtherHandlingAsOne() {
        int cells = 0;
        for (CellAddress address : FormatCatalogue.template(TemplateVersion.V2019_TRIAL).table("T3").cells(false)) {
            if (ReportData.cell(report, address) != null) {
                cells++;
            }
        }
        assertEquals(161, cells);
        assertEquals(new BigDecimal("5"), value("T3", "R01", "C1"), "full-width ５");
        assertEquals(new BigDecimal("1"), value("T3", "R21_23", "C7"));
        assertEquals(new BigDecimal("5"), value("T3", "R24", "C7"));
        assertEquals(new BigDecimal("1"), value("T3", "R25", "C1"));
        Cell slash = ReportData.cell(report, new CellAddress("T3", "R12", "C5"));
        assertNull(slash.getValue());
        assertEquals("/", slash.getText());
        assertTrue(result.importReport().notes(ImportNote.Kind.DEVIATION).isEmpty());
    }

    @Test
    void table4IsReadFromItsOneLine() {
        assertEquals(new BigDecimal("1"), value("T4", "REVIEW", "UPHELD"));
        assertEquals(new BigDecimal("1"), value("T4", "REVIEW", "TOTAL"));
        assertEquals(new BigDecimal("0"), value("T4", "SUIT_AFTER_REVIEW", "TOTAL"));
    }

    private BigDecimal value(String table, String row, String column) {
        return ReportData.value(report, new CellAddress(table, row, column));
    }
}
