package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.TestData;

/**
 * A local layout (as some provinces' agencies publish): their own narrative sections 一 to 六, then the
 * three national tables in an appendix (七、统计表) renumbered 一、二、三, then 八 and 九. The tables are
 * found by their captions, wherever they stand, and go through the checks, exports, compare (with the next
 * year's report of the same agency, written the same way) and roll-up.
 */
class AppendixLayoutTest {

    private static Path report() {
        return TestData.root().resolve("testdata").resolve("appendix").resolve("shanghai-style-2024.txt");
    }

    @Test
    void theTablesInTheAppendixAreReadCellByCell() throws Exception {
        ImportResult result = ReportReader.read(report());
        List<String> absent = new ArrayList<>();
        for (ImportNote note : result.importReport().notes(ImportNote.Kind.ABSENT)) {
            if (note.tableId() != null) {
                absent.add(note.toString());
            }
        }
        assertEquals(List.of(), absent);
        assertEquals(new BigDecimal("9"), value(result, "T3", "R01", "C7"));
        assertEquals(new BigDecimal("2"), value(result, "T3", "R01", "C2"));
        assertEquals(new BigDecimal("1"), value(result, "T3", "R10", "C1"));
        assertEquals(new BigDecimal("2"), value(result, "T3", "R13", "C7"));
        assertEquals(new BigDecimal("8"), value(result, "T3", "R24", "C7"));
        assertEquals(new BigDecimal("2"), value(result, "T3", "R25", "C1"));
        assertEquals(new BigDecimal("4"), value(result, "T2", "NORM", "IN_FORCE"));
        assertEquals(new BigDecimal("36"), value(result, "T2", "LICENSE", "DECISIONS"));
        assertEquals(new BigDecimal("1"), value(result, "T4", "SUIT_DIRECT", "UPHELD"));
        assertEquals(new BigDecimal("1"), value(result, "T4", "SUIT_DIRECT", "TOTAL"));
        assertEquals(new BigDecimal("0"), value(result, "T4", "REVIEW", "TOTAL"));
    }

    private static BigDecimal value(ImportResult result, String table, String row, String column) {
        return ReportData.value(result.report(), new CellAddress(table, row, column));
    }

    @Test
    void itsIdentitiesHoldAndNoTableIsMissing() {
        CommandRun run = CommandRun.of("check", report().toString(), "--format", "json");
        for (JsonElement d : JsonParser.parseString(run.out()).getAsJsonArray()) {
            JsonObject diagnostic = d.getAsJsonObject();
            String rule = diagnostic.get("rule").getAsString();
            assertFalse(rule.startsWith("SUM-") || rule.equals("STR-02") || rule.equals("XS-02"), diagnostic.toString());
        }
    }

    @Test
    void itExportsComparesAndRollsUp(@TempDir Path dir) throws Exception {
        CommandRun csv = CommandRun.of("export", report().toString(), "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().contains("\nT3,R24,C7,8\n"), csv.out());
        CommandRun html = CommandRun.of("export", report().toString(), "--format", "html");
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(html.out().contains("收到和处理政府信息公开申请情况"), html.out());
        Path next = report().resolveSibling("shanghai-style-2025.txt");
        CommandRun compare = CommandRun.of("compare", report().toString(), next.toString());
        assertEquals(0, compare.exitCode(), compare.out() + compare.err());
        assertTrue(compare.out().contains("T3/R01/C7  9 → 6"), compare.out());
        assertTrue(compare.out().contains("OK   XY-01 T3/C7  R02 = PREV.R25: 2 = 2"), compare.out());
        // with a report of the same year in the national layout (95 new requests)
        Path out = dir.resolve("sum.csv");
        CommandRun rollup = CommandRun.of("rollup", report().toString(), TestData.corpus("03-").toString(), "-o", out.toString());
        assertTrue(Files.readString(out).contains("T3,R01,C7,104"), "9 + 95: " + Files.readString(out));
    }
}
