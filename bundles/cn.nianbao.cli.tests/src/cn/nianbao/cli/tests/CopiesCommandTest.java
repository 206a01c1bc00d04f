package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.testing.TestData;

/**
 * {@code nianbao copies} over a folder and over the repository: 淮安市人民政府 2024 as published, the same file
 * with every 淮安 turned into 连云港 (a city that copied it), and 宿迁市 2024, written independently.
 */
class CopiesCommandTest {

    private static Path folder(Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(TestData.corpus("04-"), reports.resolve("huaian.txt"));
        Files.copy(TestData.corpus("06-"), reports.resolve("suqian.txt"));
        String text = Files.readString(TestData.corpus("04-"), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("lianyungang.txt"), text.replace("淮安", "连云港"), StandardCharsets.UTF_8);
        return reports;
    }

    @Test
    void aFolderAsCsvListsTheCopiedSectionsOfTheTwoCities(@TempDir Path dir) throws Exception {
        Path reports = folder(dir);
        String huaian = reports.resolve("huaian.txt").toString();
        String lianyungang = reports.resolve("lianyungang.txt").toString();

        CommandRun run = CommandRun.inLanguage("zh", "copies", reports.toString(), "--format", "csv");

        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("section,heading,unit_a,source_a,unit_b,source_b,similarity,sample", lines[0]);
        assertEquals(3, lines.length, run.out());
        // files are read in name order: huaian.txt, lianyungang.txt, suqian.txt
        assertTrue(lines[1].startsWith("S1,一、总体情况,淮安市人民政府," + huaian + ",连云港市人民政府," + lianyungang
                + ",1.0000,#年我市坚持以习近平新时代中国特色社会主义思想为指导"), lines[1]);
        assertTrue(lines[2].startsWith("S5,五、存在的主要问题及改进情况,淮安市人民政府," + huaian + ",连云港市人民政府,"
                + lianyungang + ",1.0000,对照上级新要求和公众新期待"), lines[2]);
    }

    @Test
    void theRepositorysYearAsJson(@TempDir Path dir) throws Exception {
        Path reports = folder(dir);
        String data = dir.resolve("data").toString();
        assertEquals(0, CommandRun.of("repo", "import", reports.toString(), "--data", data).exitCode());

        CommandRun run = CommandRun.of("copies", "--year", "2024", "--data", data, "--format", "json");

        assertEquals(1, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(3, json.get("reports").getAsInt());
        assertEquals(2, json.getAsJsonArray("pairs").size(), run.out());
        JsonObject first = json.getAsJsonArray("pairs").get(0).getAsJsonObject();
        assertEquals("S1", first.get("section").getAsString());
        assertEquals("I. Overview", first.get("heading").getAsString());
        assertEquals("淮安市人民政府", first.getAsJsonObject("a").get("unit").getAsString());
        assertEquals("淮安市人民政府 2024 r1", first.getAsJsonObject("a").get("source").getAsString());
        assertEquals("连云港市人民政府", first.getAsJsonObject("b").get("unit").getAsString());
        assertEquals(1.0, first.get("similarity").getAsDouble());

        CommandRun none = CommandRun.of("copies", "--year", "2023", "--data", data);
        assertEquals(0, none.exitCode(), none.err());
        assertEquals("0 pair(s) of units with the same or nearly the same text, among 0 report(s)\n", none.out());
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersAreStillSearched(@TempDir Path dir) throws Exception {
        Path reports = folder(dir);
        Path broken = Files.writeString(reports.resolve("broken.txt"), "这不是年度报告");

        CommandRun run = CommandRun.of("copies", reports.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(broken.toString()), run.err());
        assertTrue(run.out().endsWith("2 pair(s) of units with the same or nearly the same text, among 3 report(s)\n"),
                run.out());
    }

    @Test
    void aNameWithAnEscapeSequenceIsPrintedEscaped(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(TestData.corpus("04-"), reports.resolve("huaian.txt"));
        String text = Files.readString(TestData.corpus("04-"), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("other.txt"), text.replace("淮安", "某\u001b[2J地"), StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("copies", reports.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("某\\x1b[2J地市人民政府"), run.out());
        assertTrue(run.out().indexOf('\u001b') < 0, "no raw ESC reaches the terminal");
    }
}
