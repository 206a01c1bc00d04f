package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.FutureFormat;

/**
 * The acceptance of "formats are data": a template version no one shipped (testdata/v2099/v2099.xmi: 表三
 * with a ninth 不予公开 row R26 and an applicant column C8 行业协会商会, 表二 with 行政检查, section 五
 * renamed) is registered from the test's own files, and reports written by hand in it go through import,
 * every check, every export, compare and roll-up, as a user runs them. Nothing in the production code
 * names that version or its new rows and columns.
 */
class FutureFormatTest {

    private static final String NEW_ROW = "9.属于数据安全保护事项";
    private static final String NEW_COLUMN = "行业协会商会";
    private static final String NEW_ITEM = "行政检查";
    private static final String RENAMED_SECTION = "五、存在的主要问题及整改措施";

    @BeforeAll
    static void registerTheFutureFormat() {
        FutureFormat.register();
    }

    private static Path dir() {
        return FutureFormat.dir();
    }

    private static String report(String name) {
        return FutureFormat.report(name).toString();
    }

    @Test
    void theTextImportReadsEveryCellOfTheNewFormatWithNothingMissing() throws Exception {
        ImportResult result = ReportReader.read(dir().resolve("a-2098.txt"));
        assertEquals("2099", result.report().getTemplateKey());
        List<String> problems = new ArrayList<>();
        for (ImportNote note : result.importReport().notes()) {
            if (note.kind() != ImportNote.Kind.DEVIATION) {
                problems.add(note.toString());
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(new BigDecimal("2"), value(result, "T3", "R26", "C8"), "the new row in the new column");
        assertEquals(new BigDecimal("3"), value(result, "T3", "R26", "C7"));
        assertEquals(new BigDecimal("3"), value(result, "T3", "R01", "C8"));
        assertEquals(new BigDecimal("0"), value(result, "T3", "R01", "C6"), "其他 stays after the new column");
        assertEquals(new BigDecimal("16"), value(result, "T3", "R01", "C7"));
        assertEquals(new BigDecimal("45"), value(result, "T2", "INSPECTION", "DECISIONS"));
        assertEquals(new BigDecimal("1"), value(result, "T4", "SUIT_DIRECT", "TOTAL"));
    }

    private static BigDecimal value(ImportResult result, String table, String row, String column) {
        return ReportData.value(result.report(), new CellAddress(table, row, column));
    }

    @Test
    void everyIdentityHoldsOnTheReportWrittenRight() {
        CommandRun run = CommandRun.of("check", report("a-2098.txt"), "--format", "json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        for (JsonElement d : JsonParser.parseString(run.out()).getAsJsonArray()) {
            assertFalse("ERROR".equals(d.getAsJsonObject().get("severity").getAsString()), d.toString());
        }
    }

    /** b-2098 has 5 instead of 2 in the new row's new column, its totals left as they were. */
    @Test
    void theIdentitiesCoverTheNewRowAndColumn() {
        CommandRun run = CommandRun.of("check", report("b-2098.txt"), "--format", "json");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        JsonArray diagnostics = JsonParser.parseString(run.out()).getAsJsonArray();
        JsonObject rowSum = find(diagnostics, "SUM-03");
        assertNotNull(rowSum, "the 总计 column of the new row: " + run.out());
        assertTrue(cells(rowSum).contains("T3/R26/C8") && cells(rowSum).contains("T3/R26/C7"), rowSum.toString());
        assertEquals("3", rowSum.get("actual").getAsString());
        assertEquals("6", rowSum.get("expected").getAsString());
        JsonObject columnSum = find(diagnostics, "SUM-02");
        assertNotNull(columnSum, "the (七)总计 of the new column: " + run.out());
        assertTrue(cells(columnSum).contains("T3/R24/C8") && cells(columnSum).contains("T3/R26/C8"), columnSum.toString());
    }

    private static JsonObject find(JsonArray diagnostics, String rule) {
        for (JsonElement d : diagnostics) {
            if (rule.equals(d.getAsJsonObject().get("rule").getAsString())) {
                return d.getAsJsonObject();
            }
        }
        return null;
    }

    private static List<String> cells(JsonObject diagnostic) {
        List<String> cells = new ArrayList<>();
        for (JsonElement c : diagnostic.getAsJsonArray("cells")) {
            JsonObject cell = c.getAsJsonObject();
            cells.add(cell.get("table").getAsString() + "/" + cell.get("row").getAsString() + "/"
                    + cell.get("column").getAsString());
        }
        return cells;
    }

    @Test
    void theTextExportsShowTheNewRowColumnItemAndSectionName() {
        CommandRun csv = CommandRun.of("export", report("a-2098.txt"), "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().contains("\nT3,R26,C8,2\n"), csv.out());
        assertTrue(csv.out().contains("\nT2,INSPECTION,DECISIONS,45\n"), csv.out());
        CommandRun json = CommandRun.of("export", report("a-2098.txt"), "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("R26") && json.out().contains("C8") && json.out().contains("INSPECTION"), json.out());
        for (String format : List.of("html", "html-fragment")) {
            CommandRun html = CommandRun.of("export", report("a-2098.txt"), "--format", format);
            assertEquals(0, html.exitCode(), format + html.err());
            for (String shown : List.of(NEW_ROW, NEW_COLUMN, NEW_ITEM, RENAMED_SECTION)) {
                assertTrue(html.out().contains(shown), format + " lacks " + shown);
            }
        }
    }

    @Test
    void theOfficeExportsShowTheNewRowColumnItemAndSectionName(@TempDir Path out) throws Exception {
        Path docx = export(out, "docx");
        String document = zipEntry(docx, "word/document.xml");
        for (String shown : List.of(NEW_ROW, NEW_COLUMN, NEW_ITEM, RENAMED_SECTION)) {
            assertTrue(document.contains(shown), "docx lacks " + shown);
        }
        Path xlsx = export(out, "xlsx");
        String strings = zipEntry(xlsx, "xl/sharedStrings.xml");
        for (String shown : List.of(NEW_ROW, NEW_COLUMN, NEW_ITEM)) {
            assertTrue(strings.contains(shown), "xlsx lacks " + shown);
        }
        // the PDF and the Word file are read back as a reviewer would read them: every cell in its place
        for (Path file : List.of(export(out, "pdf"), docx)) {
            ImportResult back = ReportReader.read(file);
            assertEquals(new BigDecimal("2"), value(back, "T3", "R26", "C8"), file.getFileName().toString());
            assertEquals(new BigDecimal("3"), value(back, "T3", "R01", "C8"), file.getFileName().toString());
            assertEquals(new BigDecimal("45"), value(back, "T2", "INSPECTION", "DECISIONS"), file.getFileName().toString());
        }
    }

    private static Path export(Path dir, String format) {
        Path file = dir.resolve("a-2098." + format);
        CommandRun run = CommandRun.of("export", report("a-2098.txt"), "--format", format, "-o", file.toString());
        assertEquals(0, run.exitCode(), format + run.err());
        return file;
    }

    private static String zipEntry(Path file, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void twoYearsCompareCellByCellIncludingTheNewOnes() {
        CommandRun run = CommandRun.inLanguage("zh", "compare", report("a-2098.txt"), report("a-2099.txt"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("T3/R26/C8  2 → 1"), run.out());
        assertTrue(run.out().contains(NEW_ROW + " / " + NEW_COLUMN), run.out());
        assertTrue(run.out().contains("T2/INSPECTION/DECISIONS  45 → 52"), run.out());
        assertTrue(run.out().contains("OK   XY-01 T3/C8  R02 = PREV.R25: 1 = 1"), run.out());
    }

    @Test
    void theRollUpAddsTheNewCellsAndFlagsTheInconsistentAgency(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sum.csv");
        CommandRun run = CommandRun.of("rollup", report("a-2098.txt"), report("b-2098.txt"), "-o", out.toString());
        assertTrue(run.out().startsWith("✗ 测试市交通运输局"), run.out());
        String csv = Files.readString(out);
        assertTrue(csv.contains("T3,R26,C8,7"), "2 + 5: " + csv);
        assertTrue(csv.contains("T3,R01,C8,6"), "3 + 3: " + csv);
        assertTrue(csv.contains("T2,INSPECTION,DECISIONS,90"), "45 + 45: " + csv);
    }
}
