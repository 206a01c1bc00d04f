package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.nianbao.export.XlsxExporter;
import cn.nianbao.model.report.AnnualReport;

/** Excel holds at most 32,767 characters a cell; a longer paragraph continues in the rows below, whole. */
class XlsxLongParagraphTest {

    private static final int EXCEL_CELL_LIMIT = 32_767;

    /** Varied Chinese characters: a repeated one compresses so well that POI takes the workbook for a zip bomb. */
    private static String varied(int length, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4e00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }

    @Test
    void aParagraphOverTheCellLimitIsSplitOverRowsAndLosesNothing() throws IOException {
        AnnualReport report = TestReports.seed();
        // the row starts with the indent "　　"; then a character outside the BMP whose two halves straddle
        // the limit: the cut must not separate them
        String paragraph = varied(EXCEL_CELL_LIMIT - 3, 1) + "𠀀" + varied(20_000, 2);
        report.getSections().get(0).setBody(paragraph);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().write(report, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet text = workbook.getSheet("正文");
            StringBuilder all = new StringBuilder();
            int longest = 0;
            for (Row row : text) {
                String cell = row.getCell(0).getStringCellValue();
                longest = Math.max(longest, cell.length());
                all.append(cell);
            }
            assertTrue(longest <= EXCEL_CELL_LIMIT, "a cell holds " + longest + " characters");
            assertTrue(all.toString().contains(paragraph), "the paragraph was not exported whole");
            assertEquals(-1, all.indexOf("\ufffd"));
        }
    }
}
