package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.testing.TestData;

/**
 * The review workflow through files only, as reports travel by USB stick or e-mail: the officer submits, the
 * reviewer comments on a cell and returns, the officer sees the comment, fixes the cell, marks it done and
 * resubmits, the reviewer approves. Everything is asserted from the command line's output and the file.
 */
class WorkflowRoundTripTest {

    private static final CellAddress NATURAL = new CellAddress("T3", "R01", "C1");
    private static final CellAddress TOTAL = new CellAddress("T3", "R01", "C7");

    @TempDir
    Path officerDesk;

    @TempDir
    Path reviewerDesk;

    @Test
    void officerAndReviewerGoRoundOnceThroughTheFile() throws Exception {
        Path officerFile = seedFile("宝鸡科技局2024.nianbao");
        CommandRun fresh = CommandRun.of("status", officerFile.toString());
        assertEquals("宝鸡市科学技术局 2024: DRAFT, return rounds: 0, open comments: 0\n", fresh.out(),
                "a file that never went through review is a draft");

        ok(CommandRun.of("status", officerFile.toString(), "SUBMITTED", "--author", "张三"));
        Path reviewerFile = Files.copy(officerFile, reviewerDesk.resolve("收到-宝鸡科技局.nianbao"));

        CommandRun added = ok(CommandRun.of("comment", "add", reviewerFile.toString(), "--cell", "T3/R01/C1",
                "自然人申请应为 2 件（含电话转书面 1 件）", "--author", "王审"));
        assertEquals("comment #1 added on T3/R01/C1 (round 1)\n", added.out());
        CommandRun returned = ok(CommandRun.of("status", reviewerFile.toString(), "已退回", "--author", "王审",
                "--comment", "请按意见修改后重新报送"));
        assertEquals("宝鸡市科学技术局 2024: SUBMITTED -> RETURNED (return rounds: 1, open comments: 1)\n",
                returned.out());
        Files.copy(reviewerFile, officerFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CommandRun seen = ok(CommandRun.inLanguage("zh", "comment", "list", officerFile.toString()));
        assertTrue(seen.out().startsWith("#1  T3/R01/C1  第 1 轮  未处理  王审 "), seen.out());
        assertTrue(seen.out().strip().endsWith("自然人申请应为 2 件（含电话转书面 1 件）"), seen.out());
        fixCell(officerFile); // as the workbench would
        assertEquals("comment #1 marked done\n",
                ok(CommandRun.of("comment", "done", officerFile.toString(), "1", "--author", "张三")).out());
        assertEquals("宝鸡市科学技术局 2024: RETURNED -> REVISED (return rounds: 1, open comments: 0)\n",
                ok(CommandRun.of("status", officerFile.toString(), "REVISED", "--author", "张三")).out());
        Files.copy(officerFile, reviewerFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ok(CommandRun.of("status", reviewerFile.toString(), "APPROVED", "--author", "王审"));

        List<String> status = CommandRun.of("status", reviewerFile.toString()).out().lines().toList();
        assertEquals("宝鸡市科学技术局 2024: APPROVED, return rounds: 1, open comments: 0", status.get(0));
        assertEquals(5, status.size(), status.toString());
        assertTrue(status.get(2).matches("  2\\. SUBMITTED -> RETURNED  王审  \\S+ \\S+  round 1  请按意见修改后重新报送"),
                status.get(2));
        AnnualReport approved = NativeFormat.read(reviewerFile);
        assertEquals(new BigDecimal("2"), ReportData.value(approved, NATURAL), "the fix travelled with the file");
        ReviewComment comment = approved.getReview().getComments().get(0);
        assertEquals("张三", comment.getDoneBy());
        assertNotNull(comment.getDoneDate());
        assertEquals("王审", comment.getAuthor());
        assertEquals("APPROVED", approved.getReview().getStatus());
        assertTrue(CommandRun.of("check", reviewerFile.toString()).exitCode() < 2, "the file still checks");
    }

    @Test
    void aStepTheWorkflowDoesNotAllowIsRefusedInTheUsersLanguageAndTheFileIsLeftAsItWas() throws Exception {
        Path file = seedFile("r.nianbao");
        byte[] before = Files.readAllBytes(file);

        CommandRun refused = CommandRun.inLanguage("zh", "status", file.toString(), "已退回");
        CommandRun refusedEn = CommandRun.of("status", file.toString(), "RETURNED");

        assertEquals(2, refused.exitCode());
        assertEquals("nianbao: 报告“宝鸡市科学技术局 2024年”当前为“起草”，不能改为“已退回”。下一步只能是：已报送、同意发布、已发布。\n",
                refused.err());
        assertEquals("nianbao: The report 宝鸡市科学技术局 2024 is draft: it cannot be set to returned."
                + " Allowed next: submitted, approved, published.\n", refusedEn.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "nothing was written");
    }

    @Test
    void aCommentMustSayWhatItIsAboutAndThatMustBeInTheReport() throws Exception {
        Path file = seedFile("r.nianbao");
        byte[] before = Files.readAllBytes(file);

        CommandRun noAnchor = CommandRun.of("comment", "add", file.toString(), "text");
        CommandRun noCell = CommandRun.of("comment", "add", file.toString(), "--cell", "T3/R99/C1", "text");
        CommandRun noQuote = CommandRun.inLanguage("zh", "comment", "add", file.toString(), "--passage", "S1",
                "--quote", "并不存在的话", "请补充");
        CommandRun passage = CommandRun.of("comment", "add", file.toString(), "--passage", "S1", "--quote",
                "进一步深入推进政务公开制度建设", "请写明具体做法");
        CommandRun finding = CommandRun.of("comment", "add", file.toString(), "--finding", "SUM-01", "--cell",
                "T3/R01/C1", "--cell", "T3/R01/C7", "请核对");

        assertEquals(2, noAnchor.exitCode());
        assertTrue(noAnchor.err().startsWith("nianbao: say what the comment is about"), noAnchor.err());
        assertEquals("nianbao: the report has no cell T3/R99/C1 (cells as docs/ids.md writes them, e.g. T3/R01/C7)\n",
                noCell.err());
        assertEquals("nianbao：第 S1 部分中没有所引原文“并不存在的话”\n", noQuote.err());
        assertEquals("comment #1 added on S1“进一步深入推进政务公开制度建设” (round 1)\n", passage.out(), passage.err());
        assertEquals("comment #2 added on SUM-01@T3/R01/C1,T3/R01/C7 (round 1)\n", finding.out());
        assertTrue(before.length < Files.size(file), "the two comments were written to the file");
    }

    @Test
    void aFileThatIsNotANianbaoFileIsRefusedWithTheWayOut() {
        CommandRun run = CommandRun.of("status", TestData.seed().toString(), "SUBMITTED");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("save the report as one first"), run.err());
    }

    @Test
    void theSameRoundInTheRepository(@TempDir Path data) throws Exception {
        Path file = seedFile("r.nianbao");
        String dir = data.toString();
        String[] report = {"--agency", "宝鸡市科学技术局", "--year", "2024", "--data", dir};
        ok(CommandRun.of("repo", "save", file.toString(), "--data", dir, "--author", "张三"));

        ok(repo("status", report, "SUBMITTED", "--author", "张三"));
        assertEquals("comment #1 added on T3/R01/C1 (round 1)\n",
                ok(repo("comment", report, "add", "--cell", "T3/R01/C1", "应为 2 件", "--author", "王审")).out());
        ok(repo("status", report, "RETURNED", "--author", "王审", "--comment", "请修改"));
        assertTrue(ok(repo("comment", report, "list")).out().startsWith("#1  T3/R01/C1  round 1  open  王审 "));
        ok(repo("comment", report, "done", "1", "--author", "张三"));
        ok(repo("status", report, "REVISED", "--author", "张三"));
        ok(repo("status", report, "同意发布", "--author", "王审"));

        List<String> shown = ok(repo("status", report)).out().lines().toList();
        assertEquals("宝鸡市科学技术局 2024: APPROVED, return rounds: 1, open comments: 0", shown.get(0));
        assertTrue(shown.get(2).matches("  2\\. SUBMITTED -> RETURNED  王审  \\S+ \\S+  round 1  请修改"), shown.get(2));
        assertEquals(5, shown.size(), shown.toString());
        assertTrue(ok(repo("comment", report, "list")).out().contains("  done (张三 "), "the done mark is kept");
        CommandRun backwards = repo("status", report, "DRAFT");
        assertEquals(2, backwards.exitCode());
        assertEquals("nianbao: The report 宝鸡市科学技术局 2024 is approved: it cannot be set to draft."
                + " Allowed next: returned, published.\n", backwards.err());
        assertEquals(0, CommandRun.of("repo", "verify", "--data", dir).exitCode(), "the status log verifies");
    }

    /**
     * The reviewer works in the repository, the officer has the file only: the checked-out file carries the
     * comment and the return, the officer's done mark, fix and 已修改 come back with the file, once; a step
     * of a stale copy that the repository's workflow no longer allows is said, not applied.
     */
    @Test
    void theReturnGoesOutWithTheCheckedOutFileAndTheOfficersWorkComesBackWithIt(@TempDir Path data) throws Exception {
        String dir = data.toString();
        String[] report = {"--agency", "宝鸡市科学技术局", "--year", "2024", "--data", dir};
        ok(CommandRun.of("repo", "save", seedFile("r.nianbao").toString(), "--data", dir, "--author", "张三"));
        ok(repo("status", report, "SUBMITTED", "--author", "张三"));
        ok(repo("comment", report, "add", "--cell", "T3/R01/C1", "应为 2 件", "--author", "王审"));
        ok(repo("status", report, "RETURNED", "--author", "王审", "--comment", "请修改"));

        Path officerFile = officerDesk.resolve("退回-宝鸡科技局.nianbao");
        CommandRun checkout = ok(repo("checkout", report, "-o", officerFile.toString()));
        assertTrue(checkout.out().startsWith("revision 1 of 宝鸡市科学技术局 2024 written to"), checkout.out());
        assertEquals("宝鸡市科学技术局 2024: RETURNED, return rounds: 1, open comments: 1",
                ok(CommandRun.of("status", officerFile.toString())).out().lines().findFirst().orElseThrow());
        CommandRun seen = ok(CommandRun.of("comment", "list", officerFile.toString()));
        assertTrue(seen.out().startsWith("#1  T3/R01/C1  round 1  open  王审 "), seen.out());
        assertTrue(seen.out().strip().endsWith("应为 2 件"), seen.out());

        fixCell(officerFile);
        Path stale = Files.copy(officerFile, officerDesk.resolve("旧副本.nianbao"));
        ok(CommandRun.of("comment", "done", officerFile.toString(), "1", "--author", "张三"));
        ok(CommandRun.of("status", officerFile.toString(), "REVISED", "--author", "张三", "--comment", "已改"));
        CommandRun saved = ok(CommandRun.of("repo", "save", officerFile.toString(), "--base", "1", "--author", "张三",
                "--data", dir));
        List<String> said = saved.out().lines().toList();
        assertTrue(said.get(0).startsWith("saved as revision 2 of 宝鸡市科学技术局 2024 (link "), said.get(0));
        assertEquals("from the file's review: 0 comments added, 1 marked done, 1 status changes applied", said.get(1));

        List<String> shown = ok(repo("status", report)).out().lines().toList();
        assertEquals("宝鸡市科学技术局 2024: REVISED, return rounds: 1, open comments: 0", shown.get(0));
        assertEquals(4, shown.size(), shown.toString());
        assertTrue(shown.get(3).matches("  3\\. RETURNED -> REVISED  张三  \\S+ \\S+  round 1  已改"), shown.get(3));
        assertTrue(ok(repo("comment", report, "list")).out().contains("  done (张三 "), "the done mark came back");

        CommandRun twice = ok(CommandRun.of("repo", "save", officerFile.toString(), "--author", "张三", "--data", dir));
        assertEquals(1, twice.out().lines().count(), "the same file again brings nothing: " + twice.out());
        assertEquals(4, ok(repo("status", report)).out().lines().count());

        ok(repo("status", report, "APPROVED", "--author", "王审"));
        ok(CommandRun.of("status", stale.toString(), "REVISED", "--author", "赵六"));
        CommandRun refused = CommandRun.of("repo", "save", stale.toString(), "--author", "赵六", "--data", dir);
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().startsWith("nianbao: 宝鸡市科学技术局 2024: the file's status change returned -> revised (赵六, "),
                refused.err());
        assertTrue(refused.err().endsWith(" was not applied: The report 宝鸡市科学技术局 2024 is approved: it cannot be set"
                + " to revised. Allowed next: returned, published.\n"), refused.err());
        assertEquals("宝鸡市科学技术局 2024: APPROVED, return rounds: 1, open comments: 0",
                ok(repo("status", report)).out().lines().findFirst().orElseThrow());
        assertEquals(0, CommandRun.of("repo", "verify", "--data", dir).exitCode());
    }

    private static CommandRun repo(String subcommand, String[] report, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("repo", subcommand));
        all.addAll(List.of(args));
        all.addAll(List.of(report));
        return CommandRun.of(all.toArray(String[]::new));
    }

    /** The seed report saved as a Nianbao file on the officer's desk. */
    private Path seedFile(String name) throws Exception {
        Path file = officerDesk.resolve(name);
        NativeFormat.write(ReportReader.read(TestData.seed()).report(), file);
        return file;
    }

    private static CommandRun ok(CommandRun run) {
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static void fixCell(Path file) throws Exception {
        AnnualReport report = NativeFormat.read(file);
        ReportData.setValue(report, NATURAL, new BigDecimal("2"));
        ReportData.setValue(report, TOTAL, new BigDecimal("2"));
        NativeFormat.write(report, file);
    }
}
