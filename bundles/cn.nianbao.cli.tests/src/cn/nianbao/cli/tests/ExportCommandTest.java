package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.model.CellAddress;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

class ExportCommandTest {

    static List<Path> reports() {
        return TestData.corpusReports();
    }

    /** The CSV of each report gives exactly the values written by hand in its .expected.tsv. */
    @ParameterizedTest
    @MethodSource("reports")
    void csvExportEqualsTheExpectedValues(Path report) {
        CommandRun run = CommandRun.of("export", report.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("table,row,column,value", lines.get(0));
        Map<CellAddress, String> exported = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(4, f.length, line);
            exported.put(new CellAddress(f[0], f[1], f[2]), f[3]);
        }
        ExpectedValues expected = ExpectedValues.read(TestData.expectedFor(report));
        for (Map.Entry<CellAddress, BigDecimal> cell : expected.values().entrySet()) {
            String want = cell.getValue() == null ? "" : cell.getValue().toPlainString();
            assertEquals(want, exported.get(cell.getKey()), report.getFileName() + " " + cell.getKey());
        }
        for (Map.Entry<CellAddress, String> cell : exported.entrySet()) {
            if (!expected.values().containsKey(cell.getKey())) {
                assertEquals("", cell.getValue(), report.getFileName() + " has a value the source lacks at " + cell.getKey());
            }
        }
    }

    @Test
    void csvListsEveryCellOfTheFormatInCatalogueOrder() {
        List<String> lines = CommandRun.of("export", TestData.seed().toString(), "--format", "csv").out().lines().toList();
        assertEquals(1 + 10 + 175 + 15, lines.size());
        assertEquals("T2,REG,ISSUED,0", lines.get(1));
        assertEquals("T2,FEE,AMOUNT,0.16", lines.get(10));
        assertEquals("T3,R01,C1,1", lines.get(11));
        assertEquals("T3,R01,C2,", lines.get(12));
        assertEquals("T4,SUIT_AFTER_REVIEW,TOTAL,0", lines.get(lines.size() - 1));
    }

    @Test
    void jsonCarriesAgencyYearFormatSectionsAndCells() {
        CommandRun run = CommandRun.of("export", TestData.corpus("05-").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("nianbao-report/1", json.get("schema").getAsString());
        assertEquals("宿迁市", json.get("agency").getAsString());
        assertEquals("AREA", json.get("reportScope").getAsString(), "the title names only the city: the area's report");
        assertEquals(2023, json.get("year").getAsInt());
        assertEquals("2021", json.get("formatVersion").getAsString());
        assertEquals(6, json.getAsJsonArray("sections").asList().stream()
                .filter(s -> s.getAsJsonObject().get("key").getAsString().matches("S[1-6]")).count());
        JsonObject fee = json.getAsJsonArray("cells").asList().stream().map(c -> c.getAsJsonObject())
                .filter(c -> "FEE".equals(c.get("row").getAsString())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("59237.2449"), fee.get("value").getAsBigDecimal());
    }

    @Test
    void exportToAFileReplacesItWholeAndAFailedWriteLeavesTheOldOneAlone(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("seed.csv");
        Files.writeString(out, "old");
        CommandRun run = CommandRun.of("export", TestData.seed().toString(), "--format", "csv", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("table,row,column,value\n"));

        Path blocked = dir.resolve("no-such-folder").resolve("x.csv");
        CommandRun failed = CommandRun.of("export", TestData.seed().toString(), "--format", "csv", "-o", blocked.toString());
        assertNotEquals(0, failed.exitCode());
        assertEquals(1, failed.err().lines().count(), failed.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void exportOfAMissingFileExitsTwo() {
        CommandRun run = CommandRun.of("export", "/no/such.txt", "--format", "csv");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count());
    }
}
