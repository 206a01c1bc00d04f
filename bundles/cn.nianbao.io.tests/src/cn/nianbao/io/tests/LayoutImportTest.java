package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.SourceLabel;
import cn.nianbao.testing.TestData;

/** The pdftotext -layout reports: wrapped labels, typos, the unsplit （六）. */
class LayoutImportTest {

    @Test
    void hongze2023KeepsTheTypoOfRowR06AndTheUnsplitOtherHandlingRow() {
        ImportResult result = Imports.read(TestData.corpus("02"));
        AnnualReport report = result.report();
        SourceLabel r06 = Imports.label(result, "T3", LabelAxis.ROW, "R06");
        assertEquals("2.其他法律行政止公开", r06.getText());
        assertEquals(90, r06.getLine());
        assertEquals(new BigDecimal("0"), ReportData.value(report, new CellAddress("T3", "R21_23", "C7")));
        for (String row : new String[] {"R21", "R22", "R23"}) {
            assertNull(ReportData.cell(report, new CellAddress("T3", row, "C1")), row);
        }
        ImportNote deviation = result.importReport().notes(ImportNote.Kind.DEVIATION).get(0);
        assertEquals("R21_23", deviation.elementId());
        assertEquals(111, deviation.line());
        assertEquals(AgencyLevel.COUNTY_GOV, report.getAgencyLevel());
        assertTrue(report.getPreamble().startsWith("本报告由淮安市洪泽区人民政府办公室"));
    }

    @Test
    void huaianFindsWrappedLabelsAroundTheirNumbersAndStackedColumnHeaders() {
        ImportResult result = Imports.read(TestData.corpus("04"));
        assertEquals(AgencyLevel.CITY_GOV, result.report().getAgencyLevel());
        assertEquals("5.要求行政机关确认或重新出具已获取信息", label(result, "T3", LabelAxis.ROW, "R20"));
        assertEquals("2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                label(result, "T3", LabelAxis.ROW, "R22"));
        assertEquals("商业企业", label(result, "T3", LabelAxis.COLUMN, "C2"));
        assertEquals("社会公益组织", label(result, "T3", LabelAxis.COLUMN, "C4"));
        assertEquals("结果维持", label(result, "T4", LabelAxis.COLUMN, "UPHELD"));
        assertEquals(new BigDecimal("96171.6"), ReportData.value(result.report(), new CellAddress("T2", "FEE", "AMOUNT")));
    }

    @Test
    void aLayoutRowWithFewerThanSevenNumbersIsReportedNotGuessed() throws Exception {
        String text = java.nio.file.Files.readString(TestData.corpus("02"));
        String changed = text.replace("1.属于国家秘密         1     0      0     0   0   0     1",
                "1.属于国家秘密         1     0      0     0   0   1");
        assertTrue(!changed.equals(text));
        ImportResult result = TextFiles.importText(changed);
        ImportNote note = result.importReport().notes(ImportNote.Kind.UNREADABLE).get(0);
        assertEquals("R05", note.elementId());
        assertEquals(87, note.line());
        assertNull(ReportData.cell(result.report(), new CellAddress("T3", "R05", "C1")));
        assertEquals(new BigDecimal("4"), ReportData.value(result.report(), new CellAddress("T3", "R04", "C1")));
        assertEquals(new BigDecimal("0"), ReportData.value(result.report(), new CellAddress("T3", "R06", "C1")));
    }

    private static String label(ImportResult result, String table, LabelAxis axis, String id) {
        SourceLabel label = Imports.label(result, table, axis, id);
        assertNotNull(label, table + "/" + id);
        return label.getText();
    }
}
