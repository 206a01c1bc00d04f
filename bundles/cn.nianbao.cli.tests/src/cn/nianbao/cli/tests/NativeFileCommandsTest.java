package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/** Nianbao's own .nianbao files through every command that takes a report, run by the command line's entry point. */
class NativeFileCommandsTest {

    @TempDir
    Path dir;

    private Path seedTxt;
    private Path seedNative;

    @BeforeEach
    void saveTheSeedAsNative() throws Exception {
        seedTxt = TestData.seed();
        seedNative = dir.resolve("seed.nianbao");
        NativeFormat.write(ReportReader.read(seedTxt).report(), seedNative);
    }

    private static String withoutFile(String output, Path file) {
        return output.replace(file.toString(), "FILE");
    }

    @Test
    void checkGivesTheSameFindingsAsTheSource() {
        CommandRun fromText = CommandRun.of("check", seedTxt.toString());
        CommandRun fromNative = CommandRun.of("check", seedNative.toString());
        assertEquals(fromText.exitCode(), fromNative.exitCode(), fromNative.err());
        assertEquals("", fromNative.err());
        String findings = withoutFile(fromText.out(), seedTxt).lines().filter(l -> !l.contains("NOTE")).reduce("", (a, b) -> a + b + "\n");
        assertEquals(findings, withoutFile(fromNative.out(), seedNative));
    }

    @Test
    void aRenamedNativeFileIsStillRecognisedByItsContent() throws Exception {
        Path renamed = Files.copy(seedNative, dir.resolve("saved.xml"));
        assertEquals(CommandRun.of("check", seedTxt.toString()).exitCode(), CommandRun.of("check", renamed.toString()).exitCode());
    }

    @Test
    void checkPreviousTakesANativeFile() {
        CommandRun run = CommandRun.of("check", seedTxt.toString(), "--previous", seedNative.toString());
        assertTrue(run.exitCode() < 2, run.err());
    }

    @Test
    void exportGivesTheSameCsvAsTheSource() {
        CommandRun fromText = CommandRun.of("export", seedTxt.toString(), "--format", "csv");
        CommandRun fromNative = CommandRun.of("export", seedNative.toString(), "--format", "csv");
        assertEquals(0, fromNative.exitCode(), fromNative.err());
        assertEquals(fromText.out(), fromNative.out());
    }

    @Test
    void compareTakesNativeFiles() {
        CommandRun run = CommandRun.of("compare", seedNative.toString(), seedTxt.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("XY-"), run.out());
    }

    @Test
    void aRollupSavedAsNativeIsAcceptedByCheck() throws Exception {
        Path sum = dir.resolve("sum.nianbao");
        CommandRun rollup = CommandRun.of("rollup", seedNative.toString(), seedTxt.toString(), "-o", sum.toString());
        assertTrue(rollup.exitCode() < 2, rollup.err());
        assertTrue(Files.size(sum) > 0);
        CommandRun check = CommandRun.of("check", sum.toString());
        assertTrue(check.exitCode() < 2, "check refused the roll-up it wrote: " + check.err());
        CommandRun export = CommandRun.of("export", sum.toString(), "--format", "json");
        assertEquals(0, export.exitCode(), export.err());
    }

    @Test
    void trendTakesNativeFiles() {
        CommandRun run = CommandRun.of("trend", seedNative.toString(), seedTxt.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().isBlank());
    }

    @Test
    void repoImportOfAFolderWithANativeFile(@TempDir Path data) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.move(seedNative, folder.resolve("seed.nianbao"));
        CommandRun run = CommandRun.of("repo", "import", folder.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 imported, 0 skipped, 0 failed"), run.out());
    }

    /** Issue 19: 1e999999999 in a file must be refused by name, not summed until memory runs out or exit 0 silently. */
    @Test
    void aValueOutOfRangeIsRefusedNamingTheCell() throws Exception {
        AnnualReport report = ReportReader.read(seedTxt).report();
        var cell = report.getTables().stream().filter(t -> "T3".equals(t.getTableId())).findFirst().orElseThrow().getCells().get(0);
        cell.setValue(new BigDecimal("1e999999999"));
        Path huge = dir.resolve("huge.nianbao");
        NativeFormat.write(report, huge);
        Path sum = dir.resolve("sum.nianbao");
        CommandRun run = CommandRun.of("rollup", huge.toString(), seedTxt.toString(), "-o", sum.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String where = "T3/" + cell.getRow() + "/" + cell.getColumn();
        assertTrue(run.err().contains(where) && run.err().contains("1E+999999999"), run.err());
        assertFalse(Files.exists(sum));
    }
}
