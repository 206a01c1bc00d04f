package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.Cell;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/**
 * The fuzzing run's hangs: a megabyte on one line (tabs, digits, spaced digits), inside a report's table 三
 * or as the whole file. Each ends, through the public reader, in the report read as without the line or in
 * a clear refusal. The outer limit only keeps a regression from stalling the build; the importers' own
 * time limit (30 s) is below it, so a hang shows as a timeout refusal.
 */
class HugeLineTest {

    private static final int MEGABYTE = 1 << 20;
    private static final Duration BUILD_GUARD = Duration.ofSeconds(90);
    /** Line 48 of the seed is row 一 of table 三 (本年新收: 1 by 自然人, total 1). */
    private static final int ROW_ONE_OF_TABLE_THREE = 48;

    @ParameterizedTest
    @ValueSource(strings = {"\t", "7", " 7", "7\t", "x", " x", "（"})
    void aMegabyteLineInsideTableThreeLeavesEveryCellAsWritten(String unit) throws IOException {
        List<String> lines = seedLines();
        lines.add(ROW_ONE_OF_TABLE_THREE, unit.repeat(MEGABYTE / unit.length()));
        ImportResult result = readInTime(lines, "long-line.txt");
        assertSeedValues(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "7\t", " 7"})
    void aMegabyteOfDigitsAfterARowIsKeptAsTextAndTheRowKeepsItsNumbers(String unit) throws IOException {
        List<String> lines = seedLines();
        int row = ROW_ONE_OF_TABLE_THREE - 1;
        String printed = lines.get(row);
        lines.set(row, printed + unit.repeat(MEGABYTE / unit.length()));
        ImportResult result = readInTime(lines, "long-row.txt");
        assertEquals(Integer.valueOf(2024), Integer.valueOf(result.report().getYear()));
        for (Cell cell : ReportData.table(result.report(), "T3").getCells()) {
            assertFalse(cell.getValue() != null && cell.getValue().precision() > 25, "a megabyte number became a value");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "7"})
    void aFileOfOneMegabyteLineIsRefusedAsNoReport(String unit) {
        Path file = TextFiles.write(unit.repeat(MEGABYTE).getBytes(StandardCharsets.US_ASCII), "junk.txt");
        ImportException e = assertTimeoutPreemptively(BUILD_GUARD, () -> assertThrows(ImportException.class, () -> ReportReader.read(file)));
        assertTrue(e.messageZh().contains("junk.txt"), e.messageZh());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void aWebPageWithAMegabyteCellReadsTheRestOfItsTable() throws IOException {
        String page = Files.readString(Forms.dir().resolve("05-suqian-shi-2023.html"), StandardCharsets.UTF_8);
        int cell = page.indexOf("<td", page.indexOf("本年新收"));
        assertTrue(cell > 0, "the form has row 一 of table 三");
        String huge = page.substring(0, cell) + "<td>" + "7".repeat(MEGABYTE) + "</td>" + page.substring(cell);
        Path file = TextFiles.write(huge.getBytes(StandardCharsets.UTF_8), "huge-cell.html");
        ImportResult result = assertTimeoutPreemptively(BUILD_GUARD, () -> Imports.read(file));
        assertEquals(2023, result.report().getYear());
        assertNull(ReportData.table(result.report(), "T3").getCells().stream()
                .filter(c -> c.getValue() != null && c.getValue().precision() > 25).findFirst().orElse(null));
    }

    private static ImportResult readInTime(List<String> lines, String name) {
        Path file = TextFiles.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), name);
        return assertTimeoutPreemptively(BUILD_GUARD, () -> Imports.read(file));
    }

    private static void assertSeedValues(ImportResult result) {
        ExpectedValues expected = ExpectedValues.read(TestData.expectedFor(TestData.corpus("000")));
        List<String> wrong = Imports.wrongCells(result, expected);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Imports.notes(result));
    }

    private static List<String> seedLines() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(TestData.corpus("000"), StandardCharsets.UTF_8));
        assertTrue(lines.get(ROW_ONE_OF_TABLE_THREE - 1).startsWith("一、本年新收"), lines.get(ROW_ONE_OF_TABLE_THREE - 1));
        return lines;
    }
}
