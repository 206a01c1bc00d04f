package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/** Two people check out the same report and save it back: the second save is refused, nothing is overwritten. */
class RepoEditCommandTest {

    private static final CellAddress NEW_NATURAL = new CellAddress("T3", "R01", "C1");
    private static final String AGENCY = "宝鸡市科学技术局";

    @TempDir
    Path data;

    @TempDir
    Path work;

    @Test
    void theSecondOfTwoSavesFromTheSameRevisionIsRefusedWithTheConflictMessage() throws Exception {
        String dir = data.toString();
        assertEquals(0, CommandRun.of("repo", "import", TestData.seed().toString(), "--data", dir).exitCode());
        Path mine = work.resolve("mine.nianbao");
        Path theirs = work.resolve("theirs.nianbao");
        CommandRun checkout = CommandRun.of("repo", "checkout", "--agency", AGENCY, "--year", "2024", "-o",
                mine.toString(), "--data", dir);
        assertEquals(0, checkout.exitCode(), checkout.err());
        assertTrue(checkout.out().startsWith("revision 1 of " + AGENCY + " 2024 written to"), checkout.out());
        CommandRun.of("repo", "checkout", "--agency", AGENCY, "--year", "2024", "-o", theirs.toString(), "--data", dir);

        setNewNatural(theirs, 41);
        CommandRun first = CommandRun.of("repo", "save", theirs.toString(), "--base", "1", "--author", "李四", "--data", dir);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("saved as revision 2 of " + AGENCY + " 2024"), first.out());

        setNewNatural(mine, 42);
        CommandRun second = CommandRun.inLanguage("zh", "repo", "save", mine.toString(), "--base", "1", "--author", "王五",
                "--data", dir);
        assertEquals(2, second.exitCode(), second.out());
        assertTrue(second.err().contains("已由 李四") && second.err().contains("您的修改没有保存"), second.err());
        assertEquals(1, second.err().lines().count(), second.err());

        Path current = work.resolve("current.nianbao");
        CommandRun again = CommandRun.of("repo", "checkout", "--agency", AGENCY, "--year", "2024", "-o",
                current.toString(), "--data", dir);
        assertTrue(again.out().startsWith("revision 2 of"), again.out());
        assertEquals(new BigDecimal("41"), ReportData.value(NativeFormat.read(current), NEW_NATURAL),
                "李四's save stands");

        // 草稿 and FINAL, words of the time before the workflow, are still understood: FINAL is APPROVED now
        assertEquals(0, CommandRun.of("repo", "status", "--agency", AGENCY, "--year", "2024", "草稿", "--data", dir)
                .exitCode(), "a published report goes back to a draft to be corrected");
        CommandRun status = CommandRun.of("repo", "status", "--agency", AGENCY, "--year", "2024", "FINAL", "--data", dir);
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(CommandRun.of("repo", "list", "--data", dir).out().contains("\tAPPROVED\t2 rev."));
        assertEquals(0, CommandRun.of("repo", "verify", "--data", dir).exitCode());
    }

    @Test
    void aPasswordInTheServerAddressIsRefusedBeforeAnyConnection() {
        CommandRun run = CommandRun.of("repo", "list", "--repository", "postgresql://zhang:secret@127.0.0.1:1/db",
                "--data", data.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("must not contain a password") && run.err().contains("NIANBAO_DB_PASSWORD"),
                run.err());
    }

    private static void setNewNatural(Path file, long value) throws Exception {
        AnnualReport report = NativeFormat.read(file);
        ReportData.setValue(report, NEW_NATURAL, BigDecimal.valueOf(value));
        NativeFormat.write(report, file);
    }
}
