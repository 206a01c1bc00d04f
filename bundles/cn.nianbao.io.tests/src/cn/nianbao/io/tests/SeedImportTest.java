package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportResult;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.Labels;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.SourceLabel;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.testing.TestData;

/** The seed (宝鸡市科学技术局 2024, tab-separated tables) as a user would check it after opening it. */
class SeedImportTest {

    private final ImportResult result = Imports.read(TestData.seed());
    private final AnnualReport report = result.report();

    @Test
    void titleBlockGivesAgencyYearLevelAndVersion() {
        assertEquals("宝鸡市科学技术局", report.getAgencyName());
        assertEquals(2024, report.getYear());
        assertEquals(AgencyLevel.CITY_DEPT, report.getAgencyLevel());
        assertEquals(TemplateVersion.V2021, report.getTemplateVersion());
        assertEquals("宝鸡市科学技术局2024 年政府信息公开工作年度报告", report.getTitle());
        assertNull(report.getPreamble());
    }

    @Test
    void sectionsAndTheFiveSubTopicsOfSectionOneComeInDocumentOrder() {
        List<String> keys = report.getSections().stream().map(TextSection::getKey).toList();
        assertEquals(List.of("S1", "S1.1", "S1.2", "S1.3", "S1.4", "S1.5", "S2", "S3", "S4", "S5", "S6"), keys);
        assertEquals("一、总体情况", ReportData.section(report, "S1").getHeading());
        assertTrue(ReportData.sectionText(report, "S1").startsWith("2024 年，宝鸡市科技局坚持"));
        assertEquals("（二）依申请公开情况", ReportData.section(report, "S1.2").getHeading());
        assertTrue(ReportData.sectionText(report, "S1.2").contains("全年收到依申请公开事项 1 件"));
        assertEquals("六、其他需要报告的事项", ReportData.section(report, "S6").getHeading());
        assertEquals("宝鸡市科学技术局无收取政府信息公开信息处理费等情况。", ReportData.sectionText(report, "S6"));
    }

    @Test
    void theMisprintedColumnLabelIsKeptAsPrintedForLbl01() {
        SourceLabel repealed = Imports.label(result, "T2", LabelAxis.COLUMN, "REPEALED");
        assertNotNull(repealed);
        assertEquals("本年度止件数", repealed.getText());
        assertEquals(28, repealed.getLine());
        SourceLabel partly = Imports.label(result, "T3", LabelAxis.ROW, "R04");
        assertTrue(Labels.same("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", partly.getText()), partly.getText());
    }

    @Test
    void everyRowAndColumnOfTheThreeTablesHasItsPrintedLabel() {
        long t2 = count("T2");
        long t3 = count("T3");
        long t4 = count("T4");
        assertEquals(6 + 3 + 2 + 1, t2, "6 rows; columns of the four blocks, 本年处理决定数量 twice");
        assertEquals(25 + 7, t3);
        assertEquals(3 + 5, t4);
        for (SourceLabel label : report.getSourceLabels()) {
            assertTrue(label.getLine() > 0, label.getElementId());
        }
    }

    @Test
    void blankCellsStayBlankAndTheFeeKeepsItsScale() {
        Cell blank = ReportData.cell(report, new CellAddress("T3", "R02", "C1"));
        assertNotNull(blank, "the source had the cell, blank");
        assertNull(blank.getValue());
        assertNull(blank.getText());
        assertEquals(new BigDecimal("0.16"), ReportData.value(report, new CellAddress("T2", "FEE", "AMOUNT")));
        assertEquals(new BigDecimal("1"), ReportData.value(report, new CellAddress("T3", "R24", "C7")));
        assertNull(ReportData.cell(report, new CellAddress("T3", "R21_23", "C1")), "the seed splits （六）");
        assertFalse(result.importReport().hasProblems(), result.importReport().toString());
    }

    private long count(String table) {
        return report.getSourceLabels().stream().filter(l -> l.getTableId().equals(table)).count();
    }
}
