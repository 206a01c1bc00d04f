package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.nianbao.export.XlsxExporter;
import cn.nianbao.export.layout.PrintedTables;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/**
 * Totals in the workbook: formulas where the printed total adds up, the printed number kept (shaded, with a
 * comment) where it does not, blank kept blank; the sheet 检查结果 lists the findings.
 */
class XlsxTotalsTest {

    @Test
    void totalsThatAddUpAreFormulasAndFollowEdits() throws IOException {
        AnnualReport report = TestReports.of(TestData.corpus("04"));
        try (XSSFWorkbook workbook = export(report)) {
            Cell review = cell(workbook, report, "T4", "REVIEW", "TOTAL");
            assertEquals(CellType.FORMULA, review.getCellType());
            assertEquals("SUM(A5:D5)", review.getCellFormula());
            assertEquals(351, review.getNumericCellValue());
            Cell rowTotal = cell(workbook, report, "T3", "R01", "C7");
            assertEquals(CellType.FORMULA, rowTotal.getCellType());
            assertTrue(rowTotal.getCellFormula().startsWith("SUM(D"), rowTotal.getCellFormula());
            Cell outcomes = cell(workbook, report, "T3", "R24", "C1");
            assertEquals(CellType.FORMULA, outcomes.getCellType());
            cell(workbook, report, "T4", "REVIEW", "UPHELD").setCellValue(72 + 10);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(361, review.getNumericCellValue(), "the total follows an edit");
        }
    }

    @Test
    void aPrintedTotalThatDiffersIsKeptAndExplained() throws IOException {
        AnnualReport report = TestReports.of(TestData.corpus("02"));
        try (XSSFWorkbook workbook = export(report)) {
            Cell review = cell(workbook, report, "T4", "REVIEW", "TOTAL");
            assertEquals(CellType.NUMERIC, review.getCellType(), "no formula silently fixes the report");
            assertEquals(0, review.getNumericCellValue());
            assertNotNull(review.getCellComment());
            String comment = review.getCellComment().getString().getString();
            assertTrue(comment.contains("11") && comment.contains("=SUM(A5:D5)"), comment);
            assertTrue(column(workbook.getSheet("检查结果"), 0).contains("SUM-05"));
        }
    }

    @Test
    void aBlankTotalStaysBlank() throws IOException {
        AnnualReport report = TestReports.seed();
        ReportData.setValue(report, new CellAddress("T3", "R03", "C7"), null);
        try (XSSFWorkbook workbook = export(report)) {
            Cell blankWithParts = cell(workbook, report, "T3", "R03", "C7");
            assertEquals(CellType.BLANK, blankWithParts.getCellType());
            assertNotNull(blankWithParts.getCellComment());
            Cell blankAlone = cell(workbook, report, "T3", "R02", "C7");
            assertEquals(CellType.BLANK, blankAlone.getCellType());
            assertNull(blankAlone.getCellComment());
        }
    }

    @Test
    void sheetsAreNamedAfterTheTables() throws IOException {
        try (XSSFWorkbook workbook = export(TestReports.seed())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("正文", "表二", "表三", "表四", "检查结果"), names);
            assertEquals("收到和处理政府信息公开申请情况", workbook.getSheet("表三").getRow(0).getCell(0).getStringCellValue());
        }
    }

    private static XSSFWorkbook export(AnnualReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Cell cell(XSSFWorkbook workbook, AnnualReport report, String table, String row, String column) {
        CellAddress address = new CellAddress(table, row, column);
        PrintedCell printed = PrintedTables.of(report, FormatCatalogue.template(report.getTemplateVersion()).table(table))
                .cells().stream().filter(c -> address.equals(c.address())).findFirst().orElseThrow();
        XSSFSheet sheet = workbook.getSheet(List.of("表二", "表三", "表四").get(List.of("T2", "T3", "T4").indexOf(table)));
        return sheet.getRow(1 + printed.row()).getCell(printed.column());
    }

    private static List<String> column(XSSFSheet sheet, int c) {
        List<String> values = new ArrayList<>();
        sheet.forEach(row -> values.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue()));
        return values;
    }
}
