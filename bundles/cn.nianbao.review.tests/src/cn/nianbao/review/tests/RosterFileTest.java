package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.review.ReviewException;
import cn.nianbao.review.intake.RosterFile;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/** A roster read from CSV (UTF-8 or GB18030) and from Excel, and bad rows refused with the row named. */
class RosterFileTest {

    @TempDir
    Path dir;

    private static final String CSV = "单位名称,级别,上级单位,联系人\r\n"
            + "淮安市人民政府,本级政府,,\r\n"
            + "洪泽区人民政府,县区,淮安市人民政府,\"张三, 0517-8888\"\r\n"
            + "\r\n"
            + "淮安市财政局,市直部门,淮安市人民政府,李四\r\n";

    private static final List<RosterUnit> EXPECTED = List.of(
            new RosterUnit("淮安市人民政府", UnitLevel.GOVERNMENT, null, null),
            new RosterUnit("洪泽区人民政府", UnitLevel.SUBREGION, "淮安市人民政府", "张三, 0517-8888"),
            new RosterUnit("淮安市财政局", UnitLevel.DEPARTMENT, "淮安市人民政府", "李四"));

    @Test
    void aUtf8CsvGivesTheUnitsInOrderWithTheStatutoryDeadlinesByDefault() throws Exception {
        Path file = Files.writeString(dir.resolve("名单.csv"), "\uFEFF" + CSV);
        Roster roster = RosterFile.read(file, "淮安市", null, null);
        assertEquals(EXPECTED, roster.units());
        assertEquals(MonthDay.of(1, 31), roster.unitDue());
        assertEquals(MonthDay.of(3, 31), roster.governmentDue());
    }

    @Test
    void aCsvSavedByExcelOnChineseWindowsIsReadAsGb18030() throws Exception {
        Path file = Files.write(dir.resolve("名单.csv"), CSV.getBytes(Charset.forName("GB18030")));
        assertEquals(EXPECTED, RosterFile.read(file, "淮安市", MonthDay.of(2, 20), null).units());
    }

    @Test
    void anExcelWorkbookGivesTheSameUnits() throws Exception {
        Path file = dir.resolve("名单.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("名单");
            String[][] rows = { { "级别", "单位名称", "联系人", "上级单位" }, { "本级政府", "淮安市人民政府" },
                    { "县区", "洪泽区人民政府", "张三, 0517-8888", "淮安市人民政府" },
                    { "市直部门", "淮安市财政局", "李四", "淮安市人民政府" } };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        assertEquals(EXPECTED, RosterFile.read(file, "淮安市", null, null).units());
    }

    @Test
    void anUnknownLevelNamesItsRowInBothLanguages() throws Exception {
        Path file = Files.writeString(dir.resolve("名单.csv"), CSV + "淮安市教育局,直属单位,,\r\n",
                StandardCharsets.UTF_8);
        ReviewException e = assertThrows(ReviewException.class, () -> RosterFile.read(file, "淮安市", null, null));
        assertTrue(e.message(true).contains("第 6 行：级别\"直属单位\"不是以下之一"), e.message(true));
        assertTrue(e.message(true).endsWith("未导入任何单位。"), e.message(true));
        assertTrue(e.getMessage().contains("row 6: the level \"直属单位\" is not one of"), e.getMessage());
    }

    @Test
    void aUnitListedTwiceUnderAnotherSpellingIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("名单.csv"), CSV + "淮安市　财政局,部门,,\r\n");
        ReviewException e = assertThrows(ReviewException.class, () -> RosterFile.read(file, "淮安市", null, null));
        assertTrue(e.getMessage().contains("row 6: the unit 淮安市　财政局 is already on row 5"), e.getMessage());
    }

    @Test
    void aFileWithoutTheNameAndLevelColumnsIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("名单.csv"), "单位,电话\r\n淮安市财政局,1\r\n");
        ReviewException e = assertThrows(ReviewException.class, () -> RosterFile.read(file, "淮安市", null, null));
        assertTrue(e.message(true).contains("缺少列名行"), e.message(true));
    }
}
