package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.nianbao.export.notice.Notice;
import cn.nianbao.export.notice.NoticeExporter;
import cn.nianbao.export.notice.NoticeLine;
import cn.nianbao.export.notice.NoticeUnit;

/**
 * A 通报 of two units written as Word and Excel and read back with POI: what a 公开办 checks before it sends
 * it out (the scores, each finding with its points and 整改建议, the units × rules counts, numbers Excel
 * can add up).
 */
class NoticeExportTest {

    private static final String LATE = "严格按照条例规定的时限发布年度报告。";

    private static Notice notice() {
        NoticeUnit late = new NoticeUnit("宝鸡市科学技术局", 2024, "000-baoji-kejiju-2024.txt", new BigDecimal("0.5"),
                BigDecimal.ONE, List.of(
                        new NoticeLine("SQ-DEP-A-005 及时规范发布", "TIM-01", "公布日期2025-02-20晚于2025-01-31",
                                new BigDecimal("0.5"), false, "按细则扣分", LATE),
                        new NoticeLine("SQ-DEP-B-048 复议纠错", "KPI-01", "表四 行政复议 结果纠正为2", new BigDecimal("4"),
                                true, "警告或提示：由人判断", "分析纠错原因。"),
                        new NoticeLine("SQ-DEP-B-049 通报", null, "报告中看不出：由人评分", null, true,
                                "报告中看不出：由人评分", null)));
        NoticeUnit clean = new NoticeUnit("淮安市人民政府", 2024, "04.txt", BigDecimal.ONE, BigDecimal.ONE, List.of());
        return new Notice(true, "2024年度政府信息公开工作年度报告评分通报", "宿迁部门细则", "review.md SRC-SQKH",
                List.of(late, clean));
    }

    @Test
    void wordHasTheTitleTheScoresAndEachFindingWithItsRemedy() throws IOException {
        DocxView word = DocxView.read(write(NoticeExporter.DOCX));
        assertTrue(word.text().startsWith("2024年度政府信息公开工作年度报告评分通报\n评分依据：宿迁部门细则（review.md SRC-SQKH）"),
                word.text());
        assertEquals(List.of(List.of("序号", "单位", "得分", "满分", "扣分", "待人工复核"),
                List.of("1", "宝鸡市科学技术局", "0.5", "1", "0.5", "2"), List.of("2", "淮安市人民政府", "1", "1", "0", "0")),
                word.grids().get(0));
        List<List<String>> findings = word.grids().get(1);
        assertEquals(List.of("考核项", "规则", "问题及依据", "分值", "处理", "整改建议"), findings.get(0));
        assertEquals(List.of("SQ-DEP-A-005 及时规范发布", "TIM-01", "公布日期2025-02-20晚于2025-01-31", "0.5", "按细则扣分", LATE),
                findings.get(1));
        assertEquals(List.of("SQ-DEP-B-049 通报", "", "报告中看不出：由人评分", "", "报告中看不出：由人评分", ""),
                findings.get(3));
        assertEquals(2, word.grids().size(), "the unit without findings has a sentence, not an empty table");
        assertTrue(word.text().contains("（2）淮安市人民政府（得分 1/1）\n未发现扣分问题。"), word.text());
    }

    @Test
    void excelHasScoresAsNumbersFindingsAndUnitsByRules() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(NoticeExporter.XLSX)))) {
            assertEquals(List.of("得分", "问题清单", "单位×问题"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            XSSFSheet scores = book.getSheetAt(0);
            assertEquals("宝鸡市科学技术局", scores.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, scores.getRow(1).getCell(3).getCellType());
            assertEquals(0.5, scores.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(0.5, scores.getRow(1).getCell(5).getNumericCellValue(), "deducted");
            assertEquals(2.0, scores.getRow(1).getCell(6).getNumericCellValue(), "for a person");
            assertEquals(1.0, scores.getRow(2).getCell(3).getNumericCellValue());
            XSSFSheet findings = book.getSheetAt(1);
            assertEquals(3, findings.getLastRowNum(), "three findings, all of the first unit");
            assertEquals("KPI-01", findings.getRow(2).getCell(2).getStringCellValue());
            assertEquals(4.0, findings.getRow(2).getCell(4).getNumericCellValue());
            assertEquals(LATE, findings.getRow(1).getCell(6).getStringCellValue());
            assertEquals(CellType.BLANK, findings.getRow(3).getCell(4).getCellType(), "no points: blank, not 0");
            XSSFSheet matrix = book.getSheetAt(2);
            assertEquals("KPI-01", matrix.getRow(0).getCell(1).getStringCellValue());
            assertEquals("TIM-01", matrix.getRow(0).getCell(2).getStringCellValue());
            assertEquals(1.0, matrix.getRow(1).getCell(1).getNumericCellValue());
            assertNull(matrix.getRow(2).getCell(1), "no finding of the rule: blank, not 0");
        }
    }

    @Test
    void theExporterIsChosenByTheFileName() {
        assertEquals(NoticeExporter.DOCX, NoticeExporter.forFile("通报.DOCX").orElseThrow());
        assertEquals(NoticeExporter.XLSX, NoticeExporter.forFile("/tmp/通报.xlsx").orElseThrow());
        assertTrue(NoticeExporter.forFile("通报.pdf").isEmpty());
    }

    private static byte[] write(NoticeExporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(notice(), out);
        return out.toByteArray();
    }
}
