package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.VerifyResult;
import cn.nianbao.store.internal.Hashes;

/**
 * The stored form of a revision's content: LZ4 since schema 7, deflated (zlib) before. Rows of both kinds read,
 * verify and back up as the same plain XMI; a damaged row of the new kind is said to be damaged.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class StoredContentTest {

    /** The new format's marker, as docs/repository-trust.md gives it. */
    private static final byte[] MARKER = "NBL4".getBytes(StandardCharsets.US_ASCII);

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @Test
    void aNewRevisionIsStoredInTheNewFormatAndReadsBack() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            Revision saved = repo.saveRevision(Reports.of("甲局", 2024, 17, 42), "a", null);
            byte[] stored = storedContent(saved.id());
            assertArrayEquals(MARKER, Arrays.copyOf(stored, 4));
            assertTrue(stored.length < plainLength(repo, saved.id()), "stored " + stored.length + " bytes");
            AnnualReport loaded = repo.load(saved.id());
            assertEquals("甲局", loaded.getAgencyName());
            assertEquals(new BigDecimal("17"), ReportData.value(loaded, Reports.NEW_NATURAL));
            assertEquals(new BigDecimal("42"), ReportData.value(loaded, Reports.NEW_TOTAL));
            assertTrue(repo.verify().ok());
        }
    }

    /** 甲局 2024 saved as revisions 1 and 3, 乙局 2024 as revision 2. */
    private void saveThreeRevisionsOfTwoReports() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null);
            repo.saveRevision(Reports.of("乙局", 2024, 3, 4), "b", null);
            repo.saveRevision(Reports.of("甲局", 2024, 5, 6), "a", null);
        }
    }

    /** Each report row names its current revision, their number and the time it was saved (set per batch). */
    @Test
    void eachReportRowNamesItsCurrentRevisionAndWhenItWasSaved() throws Exception {
        saveThreeRevisionsOfTwoReports();
        assertEquals("3", Tampering.text(backend, data, "SELECT current_revision FROM report WHERE id = 1"));
        assertEquals("2", Tampering.text(backend, data, "SELECT revisions FROM report WHERE id = 1"));
        assertEquals("2", Tampering.text(backend, data, "SELECT current_revision FROM report WHERE id = 2"));
        assertEquals("1", Tampering.text(backend, data, "SELECT revisions FROM report WHERE id = 2"));
        assertEquals("2", Tampering.text(backend, data, "SELECT COUNT(*) FROM report r JOIN revision v"
                + " ON v.id = r.current_revision WHERE r.last_saved = v.saved_at"));
    }

    /**
     * A repository of schema 6, its rows deflated as the program before wrote them: it is migrated without its
     * rows being touched, reads, verifies, backs up as plain XMI, and takes new rows in the new format beside them.
     */
    @Test
    void aRepositoryWrittenInTheOldFormatStillReadsAndVerifies() throws Exception {
        saveThreeRevisionsOfTwoReports();
        Map<Long, byte[]> deflated = rewriteEveryRowDeflated();
        Tampering.sql(backend, data, "UPDATE nb_meta SET val = '6' WHERE name = 'schema_version'");
        try (ReportRepository repo = backend.open(data)) {
            assertEquals("8", Tampering.text(backend, data, "SELECT val FROM nb_meta WHERE name = 'schema_version'"));
            for (Map.Entry<Long, byte[]> row : deflated.entrySet()) {
                assertArrayEquals(row.getValue(), storedContent(row.getKey()), "row " + row.getKey() + " rewritten");
            }
            assertEquals(new BigDecimal("5"), ReportData.value(repo.load(3), Reports.NEW_NATURAL));
            assertEquals(new BigDecimal("3"), ReportData.value(repo.load(2), Reports.NEW_NATURAL));
            assertEquals(new BigDecimal("1"), ReportData.value(repo.load(1), Reports.NEW_NATURAL));
            VerifyResult result = repo.verify();
            assertTrue(result.ok(), result.problems()::toString);

            Revision added = repo.saveRevision(Reports.of("乙局", 2024, 7, 8), "b", null);
            assertArrayEquals(MARKER, Arrays.copyOf(storedContent(added.id()), 4));
            assertTrue(repo.verify().ok());

            Path zip = data.resolve("backup.zip");
            repo.backup(zip);
            assertEquals(4, backedUpContents(zip).size());
            for (byte[] plain : backedUpContents(zip)) {
                String text = new String(plain, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("<?xml"), text.substring(0, Math.min(40, text.length())));
            }
        }
    }

    @Test
    void aDamagedRowOfTheNewFormatIsSaidToBeDamaged() throws Exception {
        long id = saveOne();
        byte[] stored = storedContent(id);
        byte[] flipped = stored.clone();
        flipped[stored.length / 2] ^= 0x5A;
        for (byte[] damaged : List.of(flipped, Arrays.copyOf(stored, stored.length - 10), Arrays.copyOf(stored, 6))) {
            setStoredContent(id, damaged);
            try (ReportRepository repo = backend.open(data)) {
                RepositoryException e = assertThrows(RepositoryException.class, () -> repo.load(id));
                assertEquals(RepositoryException.Kind.CORRUPT, e.kind());
                assertTrue((e.getMessage().contains("damaged content") || e.getMessage().contains("truncated content"))
                        && e.getMessage().contains("repo restore"), e.getMessage());
                VerifyResult result = repo.verify();
                assertFalse(result.ok());
                assertTrue(result.problems().stream()
                        .anyMatch(p -> p.messageEn().startsWith("Revision 1: the content cannot be read")),
                        result.problems()::toString);
            }
        }
    }

    /** The 64 MB cap holds before anything is allocated: a row claiming 64 MB + 1 plain bytes is refused. */
    @Test
    void aRowClaimingMoreThanTheCapIsRefused() throws Exception {
        long id = saveOne();
        byte[] claiming = storedContent(id);
        int tooMany = 64 * 1024 * 1024 + 1;
        claiming[4] = (byte) (tooMany >>> 24);
        claiming[5] = (byte) (tooMany >>> 16);
        claiming[6] = (byte) (tooMany >>> 8);
        claiming[7] = (byte) tooMany;
        setStoredContent(id, claiming);
        try (ReportRepository repo = backend.open(data)) {
            RepositoryException e = assertThrows(RepositoryException.class, () -> repo.load(id));
            assertEquals(RepositoryException.Kind.CORRUPT, e.kind());
            assertTrue(e.getMessage().contains("too large"), e.getMessage());
        }
    }

    private long saveOne() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            return repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null).id();
        }
    }

    private Map<Long, byte[]> rewriteEveryRowDeflated() throws Exception {
        Map<Long, byte[]> rows = new LinkedHashMap<>();
        try (ReportRepository repo = backend.open(data)) {
            for (long id = 1; id <= 3; id++) {
                // the plain bytes a row holds are those its recorded hash is of
                byte[] plain = cn.nianbao.model.NativeFormat.toBytes(repo.load(id));
                assertEquals(storedHash(id), Hashes.sha256(plain));
                rows.put(id, OldContent.deflate(plain));
            }
        }
        for (Map.Entry<Long, byte[]> row : rows.entrySet()) {
            assertEquals(0x78, row.getValue()[0] & 0xFF);
            setStoredContent(row.getKey(), row.getValue());
        }
        return rows;
    }

    private int plainLength(ReportRepository repo, long id) throws Exception {
        return cn.nianbao.model.NativeFormat.toBytes(repo.load(id)).length;
    }

    private String storedHash(long id) throws Exception {
        return Tampering.text(backend, data, "SELECT content_hash FROM revision WHERE id = " + id);
    }

    private byte[] storedContent(long id) throws Exception {
        try (Connection c = backend.connect(data);
                PreparedStatement ps = c.prepareStatement("SELECT content FROM revision WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1);
            }
        }
    }

    private void setStoredContent(long id, byte[] content) throws Exception {
        try (Connection c = backend.connect(data);
                PreparedStatement ps = c.prepareStatement("UPDATE revision SET content = ? WHERE id = ?")) {
            ps.setBytes(1, content);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
            c.commit();
        }
    }

    private static List<byte[]> backedUpContents(Path zip) throws Exception {
        List<byte[]> contents = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                if (!entry.getName().endsWith(".json")) {
                    contents.add(file.getInputStream(entry).readAllBytes());
                }
            }
        }
        return contents;
    }
}
