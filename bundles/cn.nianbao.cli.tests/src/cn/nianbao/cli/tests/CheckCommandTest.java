package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.testing.TestData;

class CheckCommandTest {

    @Test
    void theSeedPassesWithTheLabelDeviationAndTheBlankCellsReported() {
        CommandRun run = CommandRun.of("check", TestData.seed().toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("LBL-01") && run.out().contains("本年度止件数"), run.out());
        assertTrue(run.out().contains("TYP-03"), run.out());
        assertFalse(run.out().contains(" ERROR "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void hongze2023FailsWithTheTwoWrongTotalsOfTable4() {
        CommandRun run = CommandRun.of("check", TestData.corpus("02-").toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonArray diagnostics = JsonParser.parseString(run.out()).getAsJsonArray();
        List<JsonObject> sumErrors = objects(diagnostics).stream()
                .filter(d -> d.get("rule").getAsString().startsWith("SUM-")).toList();
        assertEquals(2, sumErrors.size(), sumErrors.toString());
        JsonObject review = find(sumErrors, "SUM-05");
        assertEquals("ERROR", review.get("severity").getAsString());
        assertEquals("11", review.get("expected").getAsString());
        assertEquals("0", review.get("actual").getAsString());
        JsonObject cell = review.getAsJsonArray("cells").get(0).getAsJsonObject();
        assertEquals("T4", cell.get("table").getAsString());
        assertEquals("REVIEW", cell.get("row").getAsString());
        assertEquals("TOTAL", cell.get("column").getAsString());
        JsonObject afterReview = find(sumErrors, "SUM-07");
        assertEquals("5", afterReview.get("expected").getAsString());
        assertEquals("0", afterReview.get("actual").getAsString());
        for (JsonObject d : objects(diagnostics)) {
            for (String field : List.of("file", "rule", "severity", "cells", "expected", "actual", "message_zh", "message_en")) {
                assertTrue(d.has(field), field + " missing in " + d);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "03-", "04-", "05-", "06-", "000-" })
    void theOtherCorpusReportsRaiseNoArithmeticError(String prefix) {
        CommandRun run = CommandRun.of("check", TestData.corpus(prefix).toString(), "--format", "json");
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
        List<String> sumErrors = objects(JsonParser.parseString(run.out()).getAsJsonArray()).stream()
                .filter(d -> d.get("rule").getAsString().startsWith("SUM-") && "ERROR".equals(d.get("severity").getAsString()))
                .map(JsonObject::toString).toList();
        assertEquals(List.of(), sumErrors);
    }

    @Test
    void aMissingFileExitsTwoWithOneClearLine() {
        CommandRun run = CommandRun.of("check", "/no/such/report.txt");
        assertEquals(2, run.exitCode());
        assertOneLineWithoutStackTrace(run.err());
        assertTrue(run.err().contains("/no/such/report.txt"), run.err());
    }

    @Test
    void binaryJunkExitsTwoWithOneClearLine(@TempDir Path dir) throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.txt"), junk);
        CommandRun run = CommandRun.of("check", file.toString());
        assertEquals(2, run.exitCode());
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void anEmptyFileExitsTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        CommandRun run = CommandRun.of("check", file.toString());
        assertEquals(2, run.exitCode());
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void oneUnreadableFileAmongGoodOnesStillChecksTheOthers() {
        CommandRun run = CommandRun.of("check", TestData.seed().toString(), "/no/such/file.txt");
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("LBL-01"), run.out());
    }

    @Test
    void chineseMessagesWhenAskedFor() {
        CommandRun run = CommandRun.inLanguage("zh", "check", TestData.corpus("02-").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("行政复议"), run.out());
    }

    @Test
    void usageErrorsExitTwoAndHelpAndVersionExitZero() {
        assertEquals(2, CommandRun.of("frobnicate").exitCode());
        assertEquals(2, CommandRun.of("check").exitCode());
        assertEquals(2, CommandRun.of("check", TestData.seed().toString(), "--format", "xml").exitCode());
        CommandRun help = CommandRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("nianbao check"));
        CommandRun version = CommandRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("nianbao "));
    }

    @Test
    void rulesListsEveryRuleOfTheFormat() {
        CommandRun run = CommandRun.of("rules", "--format", "json");
        assertEquals(0, run.exitCode());
        List<String> ids = objects(JsonParser.parseString(run.out()).getAsJsonArray()).stream()
                .map(r -> r.get("id").getAsString()).toList();
        assertTrue(ids.containsAll(List.of("STR-01", "LBL-01", "TYP-03", "SUM-01", "SUM-07", "XS-08", "XY-01", "TIM-03", "PLA-03")), ids.toString());
    }

    private static void assertOneLineWithoutStackTrace(String err) {
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    private static List<JsonObject> objects(JsonArray array) {
        Stream.Builder<JsonObject> objects = Stream.builder();
        for (JsonElement element : array) {
            objects.add(element.getAsJsonObject());
        }
        return objects.build().toList();
    }

    private static JsonObject find(List<JsonObject> diagnostics, String rule) {
        return diagnostics.stream().filter(d -> rule.equals(d.get("rule").getAsString())).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not reported: " + diagnostics));
    }
}
