package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RevisionNote;

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

    /** A backup of either back end restored into an empty data folder brings back notes and withdrawals. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBackupCarriesRevisionNotesAndWithdrawals(Backend backend) throws Exception {
        Path zip = elsewhere.resolve("notes.zip");
        try (ReportRepository repo = backend.open(data)) {
            repo.commitRevision(Reports.of("甲局", 2024, 3, 5), "张三", "初稿", ReportStatus.DRAFT, null);
            repo.commitRevision(Reports.of("甲局", 2024, 4, 6), "李四", "按审核意见修改",
                    ReportStatus.PUBLISHED, "合计差一件，领导同意先发布");
            repo.saveRevision(Reports.of("乙局", 2024, 1, 1), "a", null);
            repo.withdraw(repo.find("乙局", 2024).orElseThrow().id(), "王五");
            repo.backup(zip);
        }
        Path empty = elsewhere.resolve("empty");
        ReportRepository.restore(empty, zip);
        try (ReportRepository repo = ReportRepository.open(empty)) {
            var result = repo.verify();
            assertTrue(result.ok(), result.problems()::toString);
            ReportSummary a = repo.find("甲局", 2024).orElseThrow();
            assertEquals(ReportStatus.PUBLISHED, a.status());
            List<RevisionNote> notes = repo.notes(a.id());
            assertEquals(2, notes.size());
            assertEquals("初稿", notes.get(0).comment());
            assertEquals("张三", notes.get(0).author());
            assertEquals(ReportStatus.DRAFT, notes.get(0).status());
            assertNull(notes.get(0).overrideReason());
            assertEquals("按审核意见修改", notes.get(1).comment());
            assertEquals(ReportStatus.PUBLISHED, notes.get(1).status());
            assertEquals("合计差一件，领导同意先发布", notes.get(1).overrideReason());
            assertEquals(repo.history(a.id()).get(1).id(), notes.get(1).revisionId());
            assertEquals(Set.of(repo.find("乙局", 2024).orElseThrow().id()), repo.withdrawn());
        }
    }

    /** A format 2 backup (before notes and withdrawals) still restores, with nothing of either. */
    @Test
    void aVersion2BackupStillRestores() throws Exception {
        Path zip = elsewhere.resolve("new.zip");
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.commitRevision(Reports.of("甲局", 2024, 3, 5), "张三", "初稿", ReportStatus.APPROVED, null);
            repo.withdraw(repo.find("甲局", 2024).orElseThrow().id(), "王五");
            repo.backup(zip);
        }
        // format 2 wrote the same manifest without the two arrays, under version 2
        Path old = elsewhere.resolve("old.zip");
        BackupZips.rewrite(zip, old, "nianbao-backup.json", json -> {
            JsonObject manifest = JsonParser.parseString(json).getAsJsonObject();
            manifest.addProperty("version", 2);
            manifest.remove("notes");
            manifest.remove("withdrawals");
            return manifest.toString();
        });
        Path empty = elsewhere.resolve("empty");
        ReportRepository.restore(empty, old);
        try (ReportRepository repo = ReportRepository.open(empty)) {
            assertTrue(repo.verify().ok());
            ReportSummary a = repo.find("甲局", 2024).orElseThrow();
            assertEquals(ReportStatus.APPROVED, a.status());
            assertEquals(List.of(), repo.notes(a.id()));
            assertEquals(Set.of(), repo.withdrawn());
        }
    }

    @Test
    void aBackupOfALaterFormatIsRefusedWithTheReason() throws Exception {
        Path zip = elsewhere.resolve("new.zip");
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null);
            repo.backup(zip);
        }
        Path later = elsewhere.resolve("later.zip");
        BackupZips.rewrite(zip, later, "nianbao-backup.json",
                json -> json.replace("\"version\": 4", "\"version\": 5"));
        RepositoryException e = assertThrows(RepositoryException.class,
                () -> ReportRepository.restore(elsewhere.resolve("empty"), later));
        assertTrue(e.messageEn().contains("newer Nianbao"), e.messageEn());
    }
}
