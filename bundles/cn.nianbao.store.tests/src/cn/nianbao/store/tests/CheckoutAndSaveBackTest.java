package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.BulkImport;
import cn.nianbao.store.CarriedReview;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.SavedFile;
import cn.nianbao.store.StatusLogEntry;

/**
 * A report leaves the repository as a {@code .nianbao} file and comes back: the file carries the status, the
 * status log and the comments; the officer works on the file alone; saving it back brings the done marks,
 * new comments and status changes into the repository, once, and a step the repository's workflow no
 * longer allows is refused and said, not applied. On both back ends.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CheckoutAndSaveBackTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @Test
    void theReviewersCommentsGoOutWithTheFileAndTheOfficersWorkComesBack() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            long id = repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null).reportId();
            repo.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            repo.addComment(id, Reports.comment(Reports.NEW_TOTAL, "合计应为 3"), "王审");
            repo.changeStatus(id, ReportStatus.RETURNED, "王审", "请修改");

            AnnualReport file = travelled(repo.checkout(id));
            assertEquals("RETURNED", file.getReview().getStatus());
            assertEquals(2, file.getReview().getStatusChanges().size());
            assertEquals("SUBMITTED", file.getReview().getStatusChanges().get(1).getFromStatus());
            assertEquals("请修改", file.getReview().getStatusChanges().get(1).getComment());
            assertEquals(1, file.getReview().getStatusChanges().get(1).getReturnRound());
            assertEquals(1, file.getReview().getComments().size());
            assertEquals("合计应为 3", file.getReview().getComments().get(0).getText());
            assertEquals("王审", file.getReview().getComments().get(0).getAuthor());
            assertEquals(1, FileWorkflow.returnRounds(file));

            // the officer, with the file only
            FileWorkflow.markDone(file, 1, "张三");
            ReportData.setValue(file, Reports.NEW_TOTAL, new BigDecimal("3"));
            FileWorkflow.changeStatus(file, ReportStatus.REVISED, "张三", "已按意见修改");
            AnnualReport returned = travelled(file);

            SavedFile saved = repo.saveFile(returned, "张三", null, 1);
            assertEquals(2, saved.revision().number(), "the fix is the next revision");
            assertEquals(new CarriedReview(0, 1, 1, List.of()), saved.review());

            assertEquals(ReportStatus.REVISED, repo.report(id).orElseThrow().status());
            List<ReviewComment> comments = repo.comments(id);
            assertEquals(1, comments.size());
            assertEquals("张三", comments.get(0).getDoneBy());
            List<StatusLogEntry> log = repo.statusLog(id);
            assertEquals(3, log.size());
            assertEquals(ReportStatus.RETURNED, log.get(2).from());
            assertEquals(ReportStatus.REVISED, log.get(2).to());
            assertEquals("张三", log.get(2).author());
            assertEquals("已按意见修改", log.get(2).comment());
            assertEquals(1, log.get(2).returnRound());
            assertEquals(new BigDecimal("3"),
                    ReportData.value(repo.load(repo.report(id).orElseThrow().currentRevision()), Reports.NEW_TOTAL));

            SavedFile again = repo.saveFile(travelled(file), "张三", null, ReportRepository.ANY_REVISION);
            assertEquals(2, again.revision().number(), "the same content: no new revision");
            assertFalse(again.review().changedAnything(), "the same file twice adds nothing");
            assertEquals(1, repo.comments(id).size());
            assertEquals(3, repo.statusLog(id).size());
            var verified = repo.verify();
            assertTrue(verified.ok(), verified.problems()::toString);
        }
    }

    @Test
    void aStepTheRepositoryNoLongerAllowsIsRefusedAndSaidWhileNewCommentsAreAddedOnce() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            long id = repo.saveRevision(Reports.of("乙局", 2024, 1, 1), "张三", null).reportId();
            repo.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            repo.changeStatus(id, ReportStatus.RETURNED, "王审", null);
            AnnualReport stale = travelled(repo.checkout(id));
            repo.changeStatus(id, ReportStatus.REVISED, "张三", null);
            repo.changeStatus(id, ReportStatus.APPROVED, "王审", null);

            FileWorkflow.addComment(stale, Reports.comment(Reports.NEW_TOTAL, "请补充说明"), "李审");
            FileWorkflow.changeStatus(stale, ReportStatus.REVISED, "赵六", null);
            String when = stale.getReview().getStatusChanges().get(2).getDate().toInstant().toString();
            AnnualReport back = travelled(stale);

            CarriedReview carried = repo.saveFile(back, "赵六", null, ReportRepository.ANY_REVISION).review();
            assertEquals(1, carried.commentsAdded());
            assertEquals(0, carried.statusChanges());
            assertEquals(1, carried.refused().size());
            assertEquals("乙局 2024: the file's status change returned -> revised (赵六, " + when + ") was not applied:"
                    + " The report 乙局 2024 is approved: it cannot be set to revised. Allowed next: returned, published.",
                    carried.refused().get(0).messageEn());
            assertTrue(carried.refused().get(0).messageZh().startsWith("乙局 2024年：文件中的状态变更“已退回 → 已修改”（赵六，"),
                    carried.refused().get(0).messageZh());
            assertEquals(ReportStatus.APPROVED, repo.report(id).orElseThrow().status(), "not applied");
            assertEquals(4, repo.statusLog(id).size());
            ReviewComment added = repo.comments(id).get(0);
            assertEquals("李审", added.getAuthor());
            assertEquals("请补充说明", added.getText());
            assertNull(added.getDoneBy());

            CarriedReview twice = repo.saveFile(back, "赵六", null, ReportRepository.ANY_REVISION).review();
            assertEquals(0, twice.commentsAdded());
            assertEquals(1, repo.comments(id).size(), "no duplicate");
            assertTrue(repo.verify().ok());
        }
    }

    @Test
    void aReportNewToTheRepositoryStartsWhereTheFilesHistoryStarts() throws Exception {
        AnnualReport file = Reports.of("丙局", 2024, 2, 2);
        FileWorkflow.changeStatus(file, ReportStatus.SUBMITTED, "张三", null);
        FileWorkflow.changeStatus(file, ReportStatus.RETURNED, "王审", "退回");
        try (ReportRepository repo = backend.open(data)) {
            SavedFile saved = repo.saveFile(travelled(file), "张三", null, 0);
            assertEquals(2, saved.review().statusChanges());
            long id = saved.revision().reportId();
            assertEquals(ReportStatus.RETURNED, repo.report(id).orElseThrow().status());
            assertEquals(1, repo.returnRounds(id));
            assertEquals(ReportStatus.DRAFT, repo.statusLog(id).get(0).from());
        }
    }

    @Test
    void aDraftWithoutHistoryIsCheckedOutWithoutAReview() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            long id = repo.saveRevision(Reports.of("丁局", 2024, 2, 2), "张三", null).reportId();
            assertNull(repo.checkout(id).getReview(), "exactly what a Nianbao without the workflow wrote");
        }
    }

    @Test
    void aFolderImportBringsTheFilesReviewInOnceAndSaysARefusedStep(@TempDir Path folder) throws Exception {
        AnnualReport file = Reports.of("戊局", 2024, 2, 2);
        FileWorkflow.changeStatus(file, ReportStatus.SUBMITTED, "张三", null);
        FileWorkflow.addComment(file, Reports.comment(Reports.NEW_TOTAL, "请核对"), "王审");
        FileWorkflow.changeStatus(file, ReportStatus.RETURNED, "王审", null);
        NativeFormat.write(file, folder.resolve("戊局.nianbao"));
        try (ReportRepository repo = backend.open(data)) {
            BulkImport.Summary first = BulkImport.run(repo, folder, "导入", (done, total, name) -> { });
            BulkImport.Summary again = BulkImport.run(repo, folder, "导入", (done, total, name) -> { });

            assertEquals(List.of("戊局.nianbao"), first.imported());
            assertEquals(List.of("戊局.nianbao"), again.skipped());
            long id = repo.find("戊局", 2024).orElseThrow().id();
            assertEquals(ReportStatus.RETURNED, repo.report(id).orElseThrow().status(), "filed where the file stands");
            assertEquals(2, repo.statusLog(id).size());
            assertEquals(1, repo.comments(id).size(), "imported twice, added once");
            assertEquals(List.of(), again.refusedSteps());

            repo.changeStatus(id, ReportStatus.REVISED, "张三", null);
            repo.changeStatus(id, ReportStatus.APPROVED, "王审", null);
            FileWorkflow.changeStatus(file, ReportStatus.REVISED, "赵六", null);
            NativeFormat.write(file, folder.resolve("戊局.nianbao"));
            BulkImport.Summary late = BulkImport.run(repo, folder, "导入", (done, total, name) -> { });
            assertEquals(1, late.refusedSteps().size());
            assertEquals("戊局.nianbao", late.refusedSteps().get(0).file());
            assertTrue(late.refusedSteps().get(0).messageEn().endsWith("it cannot be set to revised. Allowed next:"
                    + " returned, published."), late.refusedSteps().get(0).messageEn());
            assertEquals(ReportStatus.APPROVED, repo.report(id).orElseThrow().status());
        }
    }

    /** As a file on a USB stick: written and read again. */
    private static AnnualReport travelled(AnnualReport report) throws Exception {
        return NativeFormat.fromBytes(NativeFormat.toBytes(report));
    }
}
