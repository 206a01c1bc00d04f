package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.export.XlsxExporter;

/**
 * The workbook prints as an officer expects: A4, 表三 one page wide, its caption and header rows on every page,
 * and rows tall enough for their wrapped labels. Read back with POI from the seed's export.
 */
class XlsxPrintSetupTest {

    /** A4 in the paper-size numbering of Excel's page setup. */
    private static final short A4 = 9;
    private static final float TEN_POINT_LINE = 12f;

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().write(TestReports.seed(), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"正文", "表二", "表三", "表四", "检查结果"})
    void everySheetPrintsOnA4OnePageWide(String name) {
        XSSFSheet sheet = workbook.getSheet(name);
        PrintSetup setup = sheet.getPrintSetup();
        assertEquals(A4, setup.getPaperSize(), name);
        assertTrue(sheet.getFitToPage(), name + " is not fitted to the page");
        assertEquals(1, setup.getFitWidth(), name + " pages wide");
        assertEquals(0, setup.getFitHeight(), name + " pages high must follow the length");
    }

    @Test
    void table3PrintsAcrossThePage() {
        assertTrue(workbook.getSheet("表三").getPrintSetup().getLandscape());
    }

    @Test
    void table3RepeatsItsCaptionAndThreeHeaderRowsOnEveryPage() {
        // row 1 the caption 收到和处理政府信息公开申请情况; rows 2-4 申请人情况 / 自然人, 法人或其他组织 / 商业企业 …
        CellRangeAddress repeated = workbook.getSheet("表三").getRepeatingRows();
        assertEquals(0, repeated.getFirstRow());
        assertEquals(3, repeated.getLastRow());
        assertEquals("收到和处理政府信息公开申请情况", workbook.getSheet("表三").getRow(0).getCell(0).getStringCellValue());
    }

    @Test
    void aLabelOfThreeLinesGetsARowOfThreeLines() {
        // 33 characters in the 29-digit-wide label column: three lines of 10 pt
        Row row = rowWithLabel(workbook.getSheet("表三"), "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertTrue(row.getHeightInPoints() >= 3 * TEN_POINT_LINE, "row height " + row.getHeightInPoints());
    }

    @Test
    void aLabelOverTwoMergedColumnsThatWrapsOnceGetsTwoLines() {
        Row row = rowWithLabel(workbook.getSheet("表三"), "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertTrue(row.getHeightInPoints() >= 2 * TEN_POINT_LINE, "row height " + row.getHeightInPoints());
        assertTrue(row.getHeightInPoints() < 3 * TEN_POINT_LINE + 6, "row height " + row.getHeightInPoints());
    }

    @Test
    void aOneLineLabelKeepsAOneLineRow() {
        Row row = rowWithLabel(workbook.getSheet("表三"), "2.重复申请");
        assertTrue(row.getHeightInPoints() < 2 * TEN_POINT_LINE, "row height " + row.getHeightInPoints());
    }

    private static Row rowWithLabel(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (label.equals(XlsxView.text(cell))) {
                    return row;
                }
            }
        }
        throw new AssertionError("no label " + label + " in " + sheet.getSheetName());
    }
}
