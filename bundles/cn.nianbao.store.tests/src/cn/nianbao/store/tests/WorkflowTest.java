package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.StatusLogEntry;

/** The 报送 → 审核 → 退回 → 发布 workflow and the reviewers' comments in the repository, on both back ends. */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkflowTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @Test
    void aReturnedReportCarriesItsOpenCommentsAndTheRoundsAreCounted() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            long id = repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null).reportId();
            repo.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            repo.changeStatus(id, ReportStatus.IN_REVIEW, "王审", null);
            ReviewComment onCell = Reports.comment(new CellAddress("T3", "R01", "C7"), "合计应为 3");
            ReviewComment first = repo.addComment(id, onCell, "王审");
            repo.changeStatus(id, ReportStatus.RETURNED, "王审", "请按意见修改");

            assertEquals(1, first.getNumber());
            assertEquals(1, first.getReturnRound());
            assertEquals(1, repo.returnRounds(id));
            repo.markDone(id, 1, "张三");
            repo.changeStatus(id, ReportStatus.REVISED, "张三", "已改");
            repo.addComment(id, Reports.comment(new CellAddress("T3", "R01", "C1"), "再核对"), "王审");
            repo.changeStatus(id, ReportStatus.RETURNED, "王审", null);
            repo.changeStatus(id, ReportStatus.REVISED, "张三", null);
            repo.changeStatus(id, ReportStatus.APPROVED, "王审", null);

            assertEquals(2, repo.returnRounds(id));
            List<StatusLogEntry> log = repo.statusLog(id);
            assertEquals(7, log.size());
            assertEquals(ReportStatus.DRAFT, log.get(0).from());
            assertEquals("王审", log.get(2).author());
            assertEquals(List.of(1), log.get(2).carried(), "the first return carries comment 1");
            assertEquals(List.of(2), log.get(4).carried(), "comment 1 is done: the second return carries only 2");
            assertEquals(2, log.get(6).returnRound());
            List<ReviewComment> comments = repo.comments(id);
            assertEquals("张三", comments.get(0).getDoneBy());
            assertNotNull(comments.get(0).getDoneDate());
            assertEquals("T3", comments.get(0).getTableId());
            assertEquals("合计应为 3", comments.get(0).getText());
            assertEquals(2, comments.get(1).getReturnRound());
            assertNull(comments.get(1).getDoneBy());
            assertEquals(ReportStatus.APPROVED, repo.report(id).orElseThrow().status());
            var verified = repo.verify();
            assertTrue(verified.ok(), verified.problems()::toString);
        }
    }

    @Test
    void aStepTheWorkflowDoesNotAllowIsRefusedNamingWhatIs() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            long id = repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null).reportId();
            RepositoryException refused = assertThrows(RepositoryException.class,
                    () -> repo.changeStatus(id, ReportStatus.RETURNED, "王审", null));

            assertEquals(RepositoryException.Kind.REFUSED, refused.kind());
            assertEquals("报告“甲局 2024年”当前为“起草”，不能改为“已退回”。下一步只能是：已报送、同意发布、已发布。",
                    refused.messageZh());
            assertTrue(refused.getMessage().contains("Allowed next: submitted, approved, published"),
                    refused.getMessage());
            assertEquals(ReportStatus.DRAFT, repo.report(id).orElseThrow().status(), "nothing changed");
            assertEquals(List.of(), repo.statusLog(id));
        }
    }

    @Test
    void aStatusLogChangedOutsideNianbaoFailsVerify() throws Exception {
        long id;
        try (ReportRepository repo = backend.open(data)) {
            id = repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null).reportId();
            repo.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            repo.changeStatus(id, ReportStatus.RETURNED, "王审", null);
        }
        try (Connection c = backend.connect(data); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE status_change SET changed_by = '李四' WHERE seq = 2");
            c.commit();
        }
        try (ReportRepository repo = backend.open(data)) {
            assertFalse(repo.verify().ok());
            assertTrue(repo.verify().problems().get(0).messageEn().contains("status log"),
                    repo.verify().problems().toString());
        }
    }

    @Test
    void aBackupBringsBackTheStatusLogAndTheCommentsWithTheirDoneMarks(@TempDir Path elsewhere) throws Exception {
        Path zip = elsewhere.resolve("backup.zip");
        try (ReportRepository repo = backend.open(data)) {
            long id = repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null).reportId();
            repo.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            repo.addComment(id, Reports.comment(new CellAddress("T3", "R01", "C7"), "合计应为 3"), "王审");
            repo.changeStatus(id, ReportStatus.RETURNED, "王审", "请修改");
            repo.markDone(id, 1, "张三");
            repo.backup(zip);
        }
        Path restored = elsewhere.resolve("restored");
        ReportRepository.restore(restored, zip);
        try (ReportRepository repo = ReportRepository.open(restored)) {
            long id = repo.find("甲局", 2024).orElseThrow().id();
            List<StatusLogEntry> log = repo.statusLog(id);
            assertEquals(2, log.size());
            assertEquals(ReportStatus.RETURNED, log.get(1).to());
            assertEquals("请修改", log.get(1).comment());
            assertEquals(List.of(1), log.get(1).carried());
            assertEquals(1, repo.returnRounds(id));
            ReviewComment comment = repo.comments(id).get(0);
            assertEquals("合计应为 3", comment.getText());
            assertEquals("C7", comment.getColumn());
            assertEquals("张三", comment.getDoneBy());
            var verified = repo.verify();
            assertTrue(verified.ok(), verified.problems()::toString);
        }
    }

    @Test
    void theOldSignOffWordsStillNameAStatus() {
        assertEquals(ReportStatus.APPROVED, ReportStatus.parse("final").orElseThrow());
        assertEquals(ReportStatus.APPROVED, ReportStatus.parse("已定稿").orElseThrow());
        assertEquals(ReportStatus.DRAFT, ReportStatus.parse("草稿").orElseThrow());
        assertEquals(ReportStatus.RETURNED, ReportStatus.parse("已退回").orElseThrow());
        assertEquals(ReportStatus.IN_REVIEW, ReportStatus.parse("in-review").orElseThrow());
        assertTrue(ReportStatus.parse("批准").isEmpty());
    }
}
