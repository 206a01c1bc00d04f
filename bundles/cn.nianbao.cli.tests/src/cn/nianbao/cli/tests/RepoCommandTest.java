package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.testing.TestData;

class RepoCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path out;

    @Test
    void importListHistoryVerifyExportBackupRestore() throws Exception {
        String dir = data.toString();
        int reports = TestData.corpusReports().size();
        CommandRun imported = CommandRun.of("repo", "import", TestData.corpusDir().toString(), "--data", dir);
        assertEquals(0, imported.exitCode(), imported.err() + imported.out());
        assertTrue(imported.out().contains(reports + " imported"), imported.out());
        assertTrue(imported.err().contains("importing"), imported.err());

        CommandRun again = CommandRun.of("repo", "import", TestData.corpusDir().toString(), "--data", dir);
        assertTrue(again.out().contains("0 imported, " + reports + " skipped"), again.out());

        CommandRun list = CommandRun.of("repo", "list", "--data", dir, "--year", "2024");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("宝鸡市科学技术局"), list.out());
        String id = list.out().lines().filter(l -> l.contains("宝鸡市科学技术局")).findFirst().orElseThrow().split("\t")[0];

        CommandRun history = CommandRun.of("repo", "history", id, "--data", dir);
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("r1\t"), history.out());
        assertTrue(history.out().contains(".txt"), "import source shown: " + history.out());

        CommandRun verify = CommandRun.of("repo", "verify", "--data", dir);
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());

        CommandRun export = CommandRun.of("repo", "export", "--data", dir, "--format", "csv", "-o", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(reports, files.filter(f -> f.toString().endsWith(".csv")).count());
        }

        Path backup = out.resolve("backup.zip");
        assertEquals(0, CommandRun.of("repo", "backup", backup.toString(), "--data", dir).exitCode());
        CommandRun restore = CommandRun.of("repo", "restore", backup.toString(), "--data", dir);
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("repository-before-restore"), restore.out());
    }

    /** verify only reports wrong year totals (exit 1, every time); repair rebuilds them; key changes the head. */
    @Test
    void verifyReportsRepairRebuildsAndTheChainHeadCanBePinned() throws Exception {
        String dir = data.toString();
        assertEquals(0, CommandRun.of("repo", "import", TestData.corpusDir().toString(), "--data", dir).exitCode());
        CommandRun head = CommandRun.of("repo", "chain-head", "--data", dir);
        assertEquals(0, head.exitCode(), head.err());
        String[] fields = head.out().strip().split(" ");
        assertEquals(64, fields[0].length(), head.out());
        assertEquals(String.valueOf(TestData.corpusReports().size()), fields[1], head.out());
        assertEquals("sha256", fields[2], head.out());

        // what someone with an H2 console does to the closed repository file
        try (java.sql.Connection c = new org.h2.Driver().connect("jdbc:h2:file:" + data.resolve("repository"),
                new java.util.Properties()); java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE year_total SET total = total + 1");
        }
        for (int i = 0; i < 2; i++) {
            CommandRun verify = CommandRun.of("repo", "verify", "--data", dir);
            assertEquals(1, verify.exitCode(), verify.out());
            assertTrue(verify.out().contains("repo repair"), verify.out());
        }
        CommandRun repair = CommandRun.inLanguage("zh", "repo", "repair", "--data", dir);
        assertEquals(0, repair.exitCode(), repair.err());
        assertTrue(repair.out().contains("重新计算"), repair.out());
        assertEquals(0, CommandRun.of("repo", "verify", "--data", dir).exitCode());

        CommandRun key = CommandRun.of("repo", "key", "--data", dir);
        assertEquals(0, key.exitCode(), key.err());
        assertTrue(key.out().contains("chain.key"), key.out());
        assertEquals(0, CommandRun.of("repo", "verify", "--data", dir).exitCode());
        String keyed = CommandRun.of("repo", "chain-head", "--data", dir).out();
        assertTrue(keyed.strip().endsWith(keyed.strip().split(" ")[2]) && keyed.contains(" hmac-sha256:"), keyed);
        assertFalse(keyed.startsWith(fields[0]), keyed);
        assertEquals(2, CommandRun.of("repo", "key", "--data", dir).exitCode(), "a second key is refused");
    }

    /** An old-format backup (an H2 file, which would run its SQL when opened) is refused: exit 2, one line. */
    @Test
    void anOldFormatBackupIsRefusedWithTheReason() {
        Path old = TestData.root().resolve("bundles/cn.nianbao.store.tests/fixtures/repository-v1.zip");
        CommandRun run = CommandRun.inLanguage("en", "repo", "restore", old.toString(), "--data", data.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("runs the SQL it holds"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(data.resolve("repository.mv.db")));
    }

    @Test
    void aDamagedRepositoryIsOneLineAndAWayOutNotAStackTrace() throws Exception {
        Files.writeString(data.resolve("repository.mv.db"), "garbage ".repeat(1000));
        CommandRun run = CommandRun.inLanguage("zh", "repo", "list", "--data", data.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("repo restore"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void badUsageIsExitCode2() {
        assertEquals(2, CommandRun.of("repo").exitCode());
        assertEquals(2, CommandRun.of("repo", "list", "--year", "abc", "--data", data.toString()).exitCode());
        assertEquals(2, CommandRun.of("repo", "frobnicate", "--data", data.toString()).exitCode());
        assertEquals(2, CommandRun.of("repo", "history", "999", "--data", data.toString()).exitCode());
    }
}
