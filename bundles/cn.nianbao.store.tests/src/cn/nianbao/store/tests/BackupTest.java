package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

class BackupTest {

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    @Test
    void restoresTheStateOfTheBackupAndKeepsTheReplacedFile() throws Exception {
        Path zip = elsewhere.resolve("backup.zip");
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null);
            repo.backup(zip);
            repo.saveRevision(Reports.of("乙局", 2024, 1, 2), "a", null);
        }
        Path aside = ReportRepository.restore(data, zip);
        assertTrue(Files.exists(aside));
        try (ReportRepository repo = ReportRepository.open(data)) {
            assertEquals(1, repo.list(null, null).size());
            assertTrue(repo.verify().ok());
        }
    }

    @Test
    void refusesWhatIsNotABackup() throws Exception {
        Path junk = elsewhere.resolve("junk.zip");
        Files.writeString(junk, "not a zip");
        assertEquals(RepositoryException.Kind.BAD_BACKUP,
                assertThrows(RepositoryException.class, () -> ReportRepository.restore(data, junk)).kind());
        Path sneaky = elsewhere.resolve("sneaky.zip");
        try (OutputStream file = Files.newOutputStream(sneaky); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("../../repository.mv.db"));
            out.write(new byte[100]);
            out.closeEntry();
        }
        assertEquals(RepositoryException.Kind.BAD_BACKUP,
                assertThrows(RepositoryException.class, () -> ReportRepository.restore(data, sneaky)).kind());
        try (var files = Files.list(data)) {
            assertEquals(0, files.count(), "nothing left behind");
        }
        try (var files = Files.list(elsewhere.getParent())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("repository.mv.db")));
        }
    }
}
