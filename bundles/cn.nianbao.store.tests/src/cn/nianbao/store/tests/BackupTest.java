package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
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
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

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
        Path old = asVersion(zip, 2, "notes", "withdrawals");
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

    /** Format 5: a backup of either back end brings back every region's roster with its deadlines. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBackupCarriesTheRegionsRosters(Backend backend) throws Exception {
        Path zip = elsewhere.resolve("rosters.zip");
        Roster huaian = new Roster("淮安市", List.of(
                new RosterUnit("淮安市人民政府", UnitLevel.GOVERNMENT, null, null),
                new RosterUnit("淮安市财政局", UnitLevel.DEPARTMENT, "淮安市人民政府", "王五 0517-1234"),
                new RosterUnit("洪泽区人民政府", UnitLevel.SUBREGION, "淮安市人民政府", null)),
                MonthDay.of(1, 20), MonthDay.of(3, 31));
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("淮安市财政局", 2024, 1, 1), "a", null);
            repo.saveRoster(huaian);
            repo.saveRoster(new Roster("宿迁市", List.of(new RosterUnit("宿迁市教育局", UnitLevel.DEPARTMENT, null, null)),
                    MonthDay.of(1, 31), MonthDay.of(3, 31)));
            repo.backup(zip);
        }
        Path empty = elsewhere.resolve("empty");
        ReportRepository.restore(empty, zip);
        try (ReportRepository repo = ReportRepository.open(empty)) {
            assertEquals(List.of("宿迁市", "淮安市"), repo.rosterRegions());
            Roster restored = repo.roster("淮安市").orElseThrow();
            assertEquals(List.of("淮安市人民政府", "淮安市财政局", "洪泽区人民政府"),
                    restored.units().stream().map(RosterUnit::name).toList());
            assertEquals("王五 0517-1234", restored.units().get(1).contact());
            assertEquals(UnitLevel.SUBREGION, restored.units().get(2).level());
            assertEquals(MonthDay.of(1, 20), restored.unitDue());
            assertEquals(MonthDay.of(3, 31), restored.governmentDue());
            assertTrue(repo.verify().ok());
        }
    }

    /** A format 4 backup (the workflow, no rosters) still restores its status log and comments, with no roster. */
    @Test
    void aVersion4BackupStillRestores() throws Exception {
        Path zip = elsewhere.resolve("new.zip");
        try (ReportRepository repo = ReportRepository.open(data)) {
            long id = repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null).reportId();
            repo.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            repo.saveRoster(new Roster("宿迁市", List.of(new RosterUnit("甲局", UnitLevel.DEPARTMENT, null, null)),
                    MonthDay.of(1, 31), MonthDay.of(3, 31)));
            repo.backup(zip);
        }
        // format 4 wrote the same manifest without the rosters, under version 4
        Path old = asVersion(zip, 4, "rosters");
        Path empty = elsewhere.resolve("empty");
        ReportRepository.restore(empty, old);
        try (ReportRepository repo = ReportRepository.open(empty)) {
            assertTrue(repo.verify().ok());
            ReportSummary a = repo.find("甲局", 2024).orElseThrow();
            assertEquals(ReportStatus.SUBMITTED, a.status());
            assertEquals(1, repo.statusLog(a.id()).size());
            assertEquals(List.of(), repo.rosterRegions());
        }
    }

    /** A roster entry that is not what format 5 writes (an unknown level) makes the backup refused. */
    @Test
    void aBackupWithABadRosterIsRefused() throws Exception {
        Path zip = elsewhere.resolve("new.zip");
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.saveRoster(new Roster("宿迁市", List.of(new RosterUnit("甲局", UnitLevel.DEPARTMENT, null, null)),
                    MonthDay.of(1, 31), MonthDay.of(3, 31)));
            repo.backup(zip);
        }
        Path bad = elsewhere.resolve("bad.zip");
        BackupZips.rewrite(zip, bad, "nianbao-backup.json", json -> json.replace("\"DEPARTMENT\"", "\"MINISTRY\""));
        RepositoryException e = assertThrows(RepositoryException.class,
                () -> ReportRepository.restore(elsewhere.resolve("empty"), bad));
        assertEquals(RepositoryException.Kind.BAD_BACKUP, e.kind());
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
                json -> json.replace("\"version\": 5", "\"version\": 6"));
        RepositoryException e = assertThrows(RepositoryException.class,
                () -> ReportRepository.restore(elsewhere.resolve("empty"), later));
        assertTrue(e.messageEn().contains("newer Nianbao"), e.messageEn());
    }

    /**
     * The backup as an older Nianbao wrote it: the manifest of this version (5) under an older version number,
     * without the arrays that came later.
     */
    private Path asVersion(Path zip, int version, String... later) throws Exception {
        Path old = elsewhere.resolve("version-" + version + ".zip");
        BackupZips.rewrite(zip, old, "nianbao-backup.json", json -> {
            JsonObject manifest = JsonParser.parseString(json).getAsJsonObject();
            assertEquals(5, manifest.get("version").getAsInt(), "backups are written in format 5");
            manifest.addProperty("version", version);
            for (String array : later) {
                assertTrue(manifest.has(array), array);
                manifest.remove(array);
            }
            return manifest.toString();
        });
        return old;
    }
}
