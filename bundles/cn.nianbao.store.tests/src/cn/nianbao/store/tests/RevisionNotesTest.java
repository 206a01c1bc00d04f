package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.Revision;
import cn.nianbao.store.RevisionNote;

/**
 * Committing with a comment and a status, publishing with a reason, and withdrawing a report from the list, on
 * both back ends.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RevisionNotesTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @Test
    void aCommitKeepsItsCommentStatusAndTheReasonForPublishingWithErrors() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            Revision first = repo.commitRevision(Reports.of("甲局", 2024, 3, 5), "张三", "初稿", ReportStatus.DRAFT, null);
            Revision second = repo.commitRevision(Reports.of("甲局", 2024, 4, 6), "李四", "按审核意见修改",
                    ReportStatus.PUBLISHED, "合计差一件，领导同意先发布");
            Revision same = repo.commitRevision(Reports.of("甲局", 2024, 4, 6), "李四", "发布后更正", ReportStatus.DRAFT, null);

            assertEquals(second.id(), same.id(), "unchanged content: the note goes to the current revision");
            ReportSummary report = repo.find("甲局", 2024).orElseThrow();
            assertEquals(2, report.revisions());
            assertEquals(ReportStatus.DRAFT, report.status(), "a published report is corrected as a new draft");
            List<RevisionNote> notes = repo.notes(report.id());
            assertEquals(3, notes.size());
            assertEquals(first.id(), notes.get(0).revisionId());
            assertEquals("初稿", notes.get(0).comment());
            assertEquals(ReportStatus.DRAFT, notes.get(0).status());
            assertNull(notes.get(0).overrideReason());
            assertEquals("李四", notes.get(1).author());
            assertEquals(ReportStatus.PUBLISHED, notes.get(1).status());
            assertEquals("合计差一件，领导同意先发布", notes.get(1).overrideReason());
            assertTrue(repo.verify().ok(), "notes lie beside the chain: verify still passes");
        }
    }

    @Test
    void aWithdrawnReportLeavesTheListUntilItsNextRevisionAndTheChainStaysIntact() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "a", null);
            repo.saveRevision(Reports.of("乙局", 2024, 1, 1), "a", null);
            long a = repo.find("甲局", 2024).orElseThrow().id();

            repo.withdraw(a, "张三");

            assertEquals(Set.of(a), repo.withdrawn());
            assertTrue(repo.verify().ok(), "nothing deleted: the hash chain verifies");
            assertEquals(1, repo.history(a).size(), "its revision is still there");
            repo.saveRevision(Reports.of("甲局", 2024, 4, 6), "a", null);
            assertEquals(Set.of(), repo.withdrawn(), "a new revision lists it again");
        }
        try (ReportRepository again = backend.open(data)) {
            assertTrue(again.verify().ok());
        }
    }
}
