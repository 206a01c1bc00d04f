package cn.nianbao.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.SavedFile;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.RepositoryAccess;

/**
 * In the workbench: Save As of a report opened from the repository writes a file that carries the reviewer's
 * comment and the return; the officer's done mark and 已修改 in that file come back with 提交新版本.
 */
class ReviewTravelsWithTheFileTest {

    @TempDir
    Path data;

    @TempDir
    Path desk;

    private RepositoryAccess access;

    @AfterEach
    void close() {
        if (access != null) {
            access.close();
        }
    }

    @Test
    void saveAsTakesTheReviewAlongAndTheCommitBringsTheOfficersWorkBack() throws Exception {
        access = new RepositoryAccess(data);
        ReportDocument first = ReportDocuments.open(TestData.seed());
        long id = RepositorySave.commit(access.get(), first, new Submission("张三", "初稿", ReportStatus.SUBMITTED, null))
                .revision().reportId();
        ReviewComment comment = ReportFactory.eINSTANCE.createReviewComment();
        comment.setTableId("T3");
        comment.setRow("R01");
        comment.setColumn("C1");
        comment.setText("应为 2 件");
        access.get().addComment(id, comment, "王审");
        access.get().changeStatus(id, ReportStatus.RETURNED, "王审", "请修改");

        ReportDocument opened = new ReportDocument(access.get().load(access.get().report(id).orElseThrow()
                .currentRevision()), null, false);
        opened.belongsToRepository(id);
        Path file = desk.resolve("退回.nianbao");
        assertTrue(ReportEditorPart.saveTo(null, access, opened, file));
        assertNull(opened.report().getReview(), "the open report's review stays in the repository");

        AnnualReport carried = NativeFormat.read(file);
        assertEquals(ReportStatus.RETURNED, FileWorkflow.status(carried));
        assertEquals("应为 2 件", FileWorkflow.comments(carried).get(0).getText());
        assertEquals("王审", FileWorkflow.comments(carried).get(0).getAuthor());

        FileWorkflow.markDone(carried, 1, "张三");
        FileWorkflow.changeStatus(carried, ReportStatus.REVISED, "张三", "已改");
        NativeFormat.write(carried, file);
        ReportDocument back = ReportDocuments.open(file);
        SavedFile saved = RepositorySave.commit(access.get(), back,
                new Submission("张三", "按意见修改", ReportStatus.REVISED, null));

        assertEquals(1, saved.review().commentsDone());
        assertEquals(1, saved.review().statusChanges());
        assertEquals(ReportStatus.REVISED, access.get().report(id).orElseThrow().status());
        assertEquals("张三", access.get().comments(id).get(0).getDoneBy());
        assertEquals(3, access.get().statusLog(id).size(), "the file's 已修改, not a second one from the dialog");
    }
}
