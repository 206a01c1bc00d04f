package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ImportSource;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;

/** A backup comes from another office by USB stick or e-mail: it is data, never code. */
class RestoreSecurityTest {

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    /** The attack of issue 19: an H2 backup whose view calls FILE_WRITE. Refused unopened; nothing written. */
    @Test
    void anOldFormatBackupWithAFileWritingViewIsRefusedUnopened() throws Exception {
        Path pwned = elsewhere.resolve("pwned.txt");
        Path crafted = elsewhere.resolve("crafted");
        Files.createDirectories(crafted);
        try (Connection c = new org.h2.Driver().connect("jdbc:h2:file:" + crafted.resolve("repository"), new Properties());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE nb_meta (name VARCHAR(40) PRIMARY KEY, val VARCHAR(200) NOT NULL)");
            s.execute("INSERT INTO nb_meta VALUES ('schema_version', '1')");
            s.execute("CREATE VIEW agency AS SELECT FILE_WRITE('pwned', '" + pwned + "') AS id, 'x' AS name");
            s.execute("BACKUP TO '" + elsewhere.resolve("old.zip") + "'");
            Files.deleteIfExists(pwned);
            s.executeQuery("SELECT * FROM agency").close();
            assertTrue(Files.exists(pwned), "the crafted view really writes a file when read");
        }
        Files.delete(pwned);
        Path zip = elsewhere.resolve("old.zip");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertTrue(z.getEntry("repository.mv.db") != null, "the crafted file is an old-format backup");
        }
        RepositoryException e = assertThrows(RepositoryException.class, () -> ReportRepository.restore(data, zip));
        assertEquals(RepositoryException.Kind.BAD_BACKUP, e.kind());
        assertTrue(e.getMessage().contains("runs the SQL it holds"), e.getMessage());
        assertTrue(e.messageZh().contains("旧版"), e.messageZh());
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.list(null, null);
            repo.verify();
        }
        assertFalse(Files.exists(pwned), "the backup's SQL ran");
        try (var files = Files.list(data)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("restoring")));
        }
    }

    private static final List<String> SQL_LIKE = List.of("x'); CALL FILE_WRITE('p', '/tmp/nianbao-pwned'); --",
            "甲局\"; DROP TABLE revision; --", "CREATE ALIAS X AS 'String x() { return \"\"; }'",
            "LINK_SCHEMA('a', '', 'jdbc:h2:mem:', '', '', 'PUBLIC')");

    /** A new-format backup whose every text looks like SQL: restored, as plain text, and nothing else happens. */
    @Test
    void sqlLookingTextInABackupIsRestoredAsText() throws Exception {
        Path source = elsewhere.resolve("source");
        Path zip = elsewhere.resolve("b.zip");
        try (ReportRepository repo = ReportRepository.open(source)) {
            for (String text : SQL_LIKE) {
                repo.saveRevision(Reports.of(text, 2024, 1, 2), text, new ImportSource(text, "0".repeat(64)));
            }
            // imported, so published: a correction makes it a draft again
            repo.setStatus(repo.list(SQL_LIKE.get(0), 2024).get(0).id(), ReportStatus.DRAFT);
            repo.backup(zip);
        }
        ReportRepository.restore(data, zip);
        try (ReportRepository repo = ReportRepository.open(data)) {
            var result = repo.verify();
            assertTrue(result.ok(), result.problems()::toString);
            for (String text : SQL_LIKE) {
                ReportSummary report = repo.list(text, 2024).get(0);
                assertEquals(text, repo.history(report.id()).get(0).author());
                assertEquals(text, repo.history(report.id()).get(0).sourceFile());
            }
            assertEquals(ReportStatus.DRAFT, repo.list(SQL_LIKE.get(0), 2024).get(0).status());
        }
        assertFalse(Files.exists(Path.of("/tmp/nianbao-pwned")));
    }

    @Test
    void aBackupChangedAfterItWasMadeIsRefused() throws Exception {
        Path source = elsewhere.resolve("source");
        Path zip = elsewhere.resolve("b.zip");
        try (ReportRepository repo = ReportRepository.open(source)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null);
            repo.backup(zip);
        }
        Path changed = elsewhere.resolve("changed.zip");
        BackupZips.rewrite(zip, changed, "revisions/1.nianbao", s -> s.replace("甲局", "乙局"));
        RepositoryException e = assertThrows(RepositoryException.class, () -> ReportRepository.restore(data, changed));
        assertTrue(e.getMessage().contains("changed after it was made"), e.getMessage());

        Path renamed = elsewhere.resolve("renamed.zip");
        BackupZips.rewrite(zip, renamed, "nianbao-backup.json", s -> s.replace("\"author\": \"a\"", "\"author\": \"b\""));
        e = assertThrows(RepositoryException.class, () -> ReportRepository.restore(data, renamed));
        assertTrue(e.getMessage().contains("changed after it was made"), e.getMessage());

        Path extra = elsewhere.resolve("extra.zip");
        BackupZips.rewrite(zip, extra, null, s -> s);
        assertEquals(RepositoryException.Kind.BAD_BACKUP,
                assertThrows(RepositoryException.class, () -> ReportRepository.restore(data, extra)).kind());
        try (var files = Files.list(data)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".mv.db")), "nothing left behind");
        }
    }

    /** A keyed repository restored where its key is: links compared with the backup's, history kept. */
    @Test
    void aKeyedBackupRestoresWithItsHistoryStatusAndAcceptances() throws Exception {
        Path zip = elsewhere.resolve("keyed.zip");
        String head;
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "甲", null);
            var second = Reports.of("甲局", 2024, 3, 4);
            var acceptance = cn.nianbao.model.report.ReportFactory.eINSTANCE.createAcceptance();
            acceptance.setRuleId("T3-01");
            acceptance.setReason("核实");
            second.getAcceptances().add(acceptance);
            repo.saveRevision(second, "乙", new ImportSource("甲局.docx", "2".repeat(64)));
            repo.setStatus(1, ReportStatus.APPROVED);
            repo.setRegionCode("甲局", "610300");
            repo.enableKey();
            head = repo.chainHead().head();
            repo.backup(zip);
            repo.saveRevision(Reports.of("乙局", 2024, 1, 2), "a", null);
        }
        ReportRepository.restore(data, zip);
        try (ReportRepository repo = ReportRepository.open(data)) {
            var result = repo.verify();
            assertTrue(result.ok(), result.problems()::toString);
            assertEquals(head, repo.chainHead().head());
            assertEquals(1, repo.list(null, null).size());
            ReportSummary report = repo.list("甲局", 2024).get(0);
            assertEquals(ReportStatus.APPROVED, report.status());
            assertEquals("610300", report.regionCode());
            assertEquals(List.of("甲", "乙"), repo.history(report.id()).stream().map(r -> r.author()).toList());
            assertEquals("甲局.docx", repo.history(report.id()).get(1).sourceFile());
            assertEquals(1, repo.load(report.currentRevision()).getAcceptances().size());
        }
    }
}
