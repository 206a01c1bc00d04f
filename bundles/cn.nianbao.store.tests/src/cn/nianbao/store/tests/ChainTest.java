package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.report.Acceptance;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.store.ChainHead;
import cn.nianbao.store.ImportSource;
import cn.nianbao.store.Problem;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.VerifyResult;
import cn.nianbao.store.internal.Chain;
import cn.nianbao.store.internal.Content;
import cn.nianbao.store.internal.Hashes;
import cn.nianbao.store.internal.Rechain;

/** The six tamperings of issue 19, each reported by a verify that itself changes nothing. */
@ParameterizedClass
@EnumSource(Backend.class)
class ChainTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    /** Two agencies; 甲局 2024 has two revisions (the second imported, with an acceptance). */
    private void fill() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null);
            repo.saveRevision(Reports.of("乙局", 2024, 3, 4), "b", new ImportSource("乙局.txt", "0".repeat(64)));
            AnnualReport second = Reports.of("甲局", 2024, 5, 6);
            Acceptance acceptance = ReportFactory.eINSTANCE.createAcceptance();
            acceptance.setRuleId("T3-01");
            acceptance.setReason("核实无误");
            acceptance.setAuthor("审核员");
            acceptance.setDate(new Date(1_700_000_000_000L));
            second.getAcceptances().add(acceptance);
            repo.saveRevision(second, "a", new ImportSource("甲局.docx", "1".repeat(64)));
            VerifyResult result = repo.verify();
            assertTrue(result.ok(), result.problems()::toString);
        }
    }

    private String verifyText() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            VerifyResult result = repo.verify();
            return result.problems().stream().map(Problem::messageEn).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void anAgencyRenamedIsReported() throws Exception {
        fill();
        Tampering.sql(backend, data, "UPDATE agency SET name = '丙局' WHERE name = '甲局'");
        String found = verifyText();
        assertTrue(found.contains("Revision 1 (丙局 2024)") && found.contains("Revision 3 (丙局 2024)"), found);
    }

    @Test
    void aYearChangedIsReported() throws Exception {
        fill();
        Tampering.sql(backend, data, "UPDATE report SET report_year = 2023 WHERE id = 2");
        String found = verifyText();
        assertTrue(found.contains("Revision 2 (乙局 2023)"), found);
        assertTrue(found.contains("Report 2 (乙局 2023)"), found);
    }

    @Test
    void aStatusChangedIsReportedButOneSetInNianbaoIsNot() throws Exception {
        fill();
        try (ReportRepository repo = backend.open(data)) {
            repo.setStatus(1, ReportStatus.APPROVED);
            assertTrue(repo.verify().ok());
        }
        Tampering.sql(backend, data, "UPDATE report SET status = 'DRAFT' WHERE id = 1");
        String found = verifyText();
        assertTrue(found.contains("Report 1 (甲局 2024): its status"), found);
    }

    @Test
    void theNewestRevisionDeletedWithTheHeadAdjustedIsReported() throws Exception {
        fill();
        String previous = Tampering.text(backend, data, "SELECT chain_hash FROM revision WHERE id = 2");
        Tampering.sql(backend, data, "DELETE FROM acceptance WHERE revision_id = 3", "DELETE FROM import_source WHERE revision_id = 3",
                "DELETE FROM revision WHERE id = 3",
                "UPDATE report SET current_revision = 1, revisions = 1 WHERE id = 1",
                "UPDATE nb_meta SET val = '" + previous + "' WHERE name = 'chain_head'",
                "UPDATE nb_meta SET val = '2' WHERE name = 'chain_last_id'");
        String found = verifyText();
        assertTrue(found.contains("Report 1 (甲局 2024)"), found);
    }

    @Test
    void anImportSourceChangedIsReported() throws Exception {
        fill();
        Tampering.sql(backend, data, "UPDATE import_source SET file_name = '别的.txt' WHERE revision_id = 2");
        assertTrue(verifyText().contains("Revision 2 (乙局 2024)"), verifyText());
        Tampering.sql(backend, data, "DELETE FROM import_source WHERE revision_id = 2");
        assertTrue(verifyText().contains("Revision 2 (乙局 2024)"), verifyText());
    }

    @Test
    void aForgedAcceptanceRowIsReported() throws Exception {
        fill();
        Tampering.sql(backend, data, "INSERT INTO acceptance (report_id, revision_id, rule_id, reason) VALUES (2, 2, 'T3-01', '伪造')");
        assertTrue(verifyText().contains("Report 2: its acceptance rows"), verifyText());
    }

    @Test
    void aChangedAcceptanceRowIsReported() throws Exception {
        fill();
        Tampering.sql(backend, data, "UPDATE acceptance SET reason = '改过' WHERE revision_id = 3");
        assertTrue(verifyText().contains("Report 1: its acceptance rows"), verifyText());
    }

    /**
     * Content changed and the whole chain computed again without a key: in the plain mode nobody can tell
     * (docs/repository-trust.md says so); in the keyed mode verify reports it.
     */
    @Test
    void contentWithARecomputedChainNeedsTheKeyedMode() throws Exception {
        fill();
        recomputeWithChangedContent(false);
        assertEquals("", verifyText(), "plain mode: undetectable, as documented");

        backend.discard(data);
        fill();
        try (ReportRepository repo = backend.open(data)) {
            repo.enableKey();
            assertTrue(repo.verify().ok());
        }
        recomputeWithChangedContent(true);
        String found = verifyText();
        assertTrue(found.contains("Revision 1 (甲局 2024): its recorded hash"), found);
        assertFalse(found.isEmpty());
    }

    /** The attacker's script: new content, its hash, every link recomputed unkeyed (keeping the mode row). */
    private void recomputeWithChangedContent(boolean keepModeRow) throws Exception {
        String mode = Tampering.text(backend, data, "SELECT val FROM nb_meta WHERE name = 'chain_mode'");
        byte[] forged = cn.nianbao.model.NativeFormat.toBytes(Reports.of("甲局", 2024, 999, 999));
        try (Connection c = backend.connect(data);
                var ps = c.prepareStatement("UPDATE revision SET content = ?, content_hash = ? WHERE id = 1")) {
            ps.setBytes(1, Content.pack(forged));
            ps.setString(2, Hashes.sha256(forged));
            ps.executeUpdate();
            Rechain.run(c, Chain.plain());
            c.commit();
        }
        if (keepModeRow) {
            Tampering.sql(backend, data, "UPDATE nb_meta SET val = '" + mode + "' WHERE name = 'chain_mode'");
        }
    }

    @Test
    void aRepositoryResealedWithoutTheKeyIsReported() throws Exception {
        fill();
        try (ReportRepository repo = backend.open(data)) {
            repo.enableKey();
        }
        recomputeWithChangedContent(false);
        assertTrue(verifyText().contains("sealed again without the key"), verifyText());
    }

    @Test
    void aMissingChainHeadRowIsSaidAsSuch() throws Exception {
        fill();
        Tampering.sql(backend, data, "DELETE FROM nb_meta WHERE name = 'chain_head'");
        String found = verifyText();
        assertTrue(found.contains("The record of the chain head is missing"), found);
        assertFalse(found.contains("recorded 0"), found);
    }

    @Test
    void aChangedChainHeadIsSaidAsSuch() throws Exception {
        fill();
        Tampering.sql(backend, data, "UPDATE nb_meta SET val = '" + "a".repeat(64) + "' WHERE name = 'chain_head'");
        assertTrue(verifyText().contains("the chain head was changed outside Nianbao"), verifyText());
        Tampering.sql(backend, data, "UPDATE nb_meta SET val = '5' WHERE name = 'chain_last_id'");
        assertTrue(verifyText().contains("recorded revision 5 as the head of the chain, but the newest revision is 3"),
                verifyText());
    }

    @Test
    void verifyChangesNothingAndRepairRebuildsTheTotals() throws Exception {
        fill();
        Tampering.sql(backend, data, "UPDATE year_total SET total = total + 1");
        String before = Tampering.dump(backend, data);
        String totals = Tampering.text(backend, data, "SELECT SUM(total) FROM year_total");
        for (int i = 0; i < 2; i++) {
            assertTrue(verifyText().contains("repo repair"), "reported on every verify");
        }
        assertEquals(totals, Tampering.text(backend, data, "SELECT SUM(total) FROM year_total"));
        assertEquals(before, Tampering.dump(backend, data), "verify changed the repository");
        try (ReportRepository repo = backend.open(data)) {
            assertEquals(List.of(2024), List.copyOf(repo.repair()));
            assertTrue(repo.verify().ok());
            assertTrue(repo.repair().isEmpty());
        }
    }

    @Test
    void theChainHeadCanBePinned() throws Exception {
        fill();
        try (ReportRepository repo = backend.open(data)) {
            ChainHead head = repo.chainHead();
            assertEquals(3, head.lastRevision());
            assertEquals(repo.history(1).get(1).chainHash(), head.head());
            assertEquals("sha256", head.mode());
            repo.enableKey();
            assertTrue(repo.chainHead().mode().startsWith("hmac-sha256:"), repo.chainHead().mode());
            assertFalse(head.head().equals(repo.chainHead().head()));
        }
    }
}
