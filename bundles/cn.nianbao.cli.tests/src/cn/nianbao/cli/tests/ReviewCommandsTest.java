package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.testing.TestData;

/** compare, rollup and trend on the corpus, as a reviewer runs them. */
class ReviewCommandsTest {

    private static String corpus(String prefix) {
        return TestData.corpus(prefix).toString();
    }

    @Test
    void compareText() {
        CommandRun run = CommandRun.inLanguage("zh", "compare", corpus("06-"), corpus("05-"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("T3/R01/C7  3511 → 3525  +14 +0.4%"), run.out());
        assertTrue(run.out().contains("OK   XY-01 T3/C7  R02 = PREV.R25: 121 = 121"), run.out());
        assertTrue(run.out().contains("! T4/REVIEW/TOTAL  440 → 170"), run.out());
    }

    @Test
    void compareJsonAndHtml() {
        CommandRun json = CommandRun.of("compare", corpus("02-"), corpus("03-"), "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"rule\":\"XY-02\",\"severity\":\"WARNING\",\"table\":\"T2\",\"where\":\"NORM\",\"left\":8,\"right\":8,\"holds\":true"), json.out());
        CommandRun html = CommandRun.of("compare", corpus("02-"), corpus("03-"), "--format", "html");
        assertTrue(html.out().startsWith("<!DOCTYPE html>"));
        assertEquals(2, CommandRun.of("compare", corpus("02-")).exitCode());
    }

    @Test
    void rollupListsTheInconsistentFirst(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sum.csv");
        CommandRun run = CommandRun.of("rollup", corpus("05-"), corpus("02-"), "-o", out.toString());
        assertTrue(run.out().startsWith("✗ 洪泽区人民政府"), run.out());
        assertTrue(Files.readString(out).contains("T3,R01,C7,3532"), "3511 + 21");
        assertEquals(2, CommandRun.of("rollup", corpus("05-"), corpus("06-"), "-o", out.toString()).exitCode());
    }

    @Test
    void trendCsvAndPng(@TempDir Path dir) {
        CommandRun csv = CommandRun.inLanguage("zh", "trend", corpus("05-"), corpus("06-"));
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().contains("appeals,review,行政复议,440,170"), csv.out());
        CommandRun png = CommandRun.of("trend", corpus("05-"), corpus("06-"), "--format", "png", "-o",
                dir.resolve("t.png").toString());
        assertEquals(0, png.exitCode(), png.err());
        assertTrue(Files.exists(dir.resolve("t-applications.png")));
    }
}
