package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.BulkImport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.VerifyResult;
import cn.nianbao.testing.TestData;

@ParameterizedClass
@EnumSource(Backend.class)
class BulkImportTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @TempDir
    Path folder;

    @Test
    void importsTheCorpusOnceAndSkipsDuplicatesAndSaysWhyAFileFailed() throws Exception {
        for (Path report : TestData.corpusReports()) {
            Files.copy(report, folder.resolve(report.getFileName()));
        }
        Files.copy(TestData.seed(), folder.resolve("seed-copy.txt"));
        Files.writeString(folder.resolve("junk.txt"), "这不是年报。\n");
        Files.writeString(folder.resolve("notes.tsv"), "ignored");
        int reports = TestData.corpusReports().size();
        try (ReportRepository repo = backend.open(data)) {
            List<Integer> progress = new ArrayList<>();
            BulkImport.Summary first = BulkImport.run(repo, folder, "tester", (done, total, name) -> progress.add(done));
            assertEquals(reports, first.imported().size(), first.toString());
            assertEquals(List.of("seed-copy.txt"), first.skipped(), "the seed is in the corpus already");
            assertEquals(1, first.failed().size());
            assertEquals("junk.txt", first.failed().get(0).file());
            assertTrue(!first.failed().get(0).messageZh().isBlank());
            assertEquals(reports + 2, progress.size());
            assertEquals(reports, repo.list(null, null).size());
            assertTrue(repo.list(null, null).stream().allMatch(r -> r.status() == ReportStatus.PUBLISHED));

            BulkImport.Summary second = BulkImport.run(repo, folder, "tester", (d, t, n) -> { });
            assertEquals(0, second.imported().size());
            assertEquals(reports + 1, second.skipped().size());
            assertTrue(repo.verify().ok(), () -> repo.toString());
        }
    }

    @Test
    void importsFromAZip() throws Exception {
        Path zip = folder.resolve("reports.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Path report : TestData.corpusReports()) {
                out.putNextEntry(new ZipEntry("2024/" + report.getFileName()));
                out.write(Files.readAllBytes(report));
                out.closeEntry();
            }
        }
        try (ReportRepository repo = backend.open(data)) {
            BulkImport.Summary summary = BulkImport.run(repo, zip, "tester", (d, t, n) -> { });
            assertEquals(TestData.corpusReports().size(), summary.imported().size(), summary.toString());
            String source = repo.agencyHistory(repo.list(null, null).get(0).agency()).get(0).sourceFile();
            assertTrue(source.startsWith("2024/"), source);
        }
    }

    /** The import source names the file and its SHA-256 (here `sha256sum` of the corpus file). */
    @Test
    void theImportSourceHoldsTheHashOfTheFileAsRead() throws Exception {
        Files.copy(TestData.corpus("000"), folder.resolve("baoji.txt"));
        try (ReportRepository repo = backend.open(data)) {
            assertEquals(1, BulkImport.run(repo, folder, "tester", (d, t, n) -> { }).imported().size());
        }
        assertEquals("baoji.txt 833c92ee76d8484cfacc59734d05f2838f9a9b9cbf67a133ac5fea03d2b2b4e3",
                Tampering.text(backend, data, "SELECT file_name || ' ' || file_hash FROM import_source"));
    }

    /**
     * More files than a group of the import (looked up and filed together) and a commit: 248 agencies' reports,
     * one of them in a second file edited after the first (right after it, in the same group), and a copy of an
     * earlier file two groups later.
     */
    @Test
    void aReportInTwoFilesBecomesTwoRevisionsInFileOrderAndACopyInALaterGroupIsSkipped() throws Exception {
        String agency = "宝鸡市科学技术局";
        String text = Files.readString(TestData.corpus("000"));
        for (int k = 0; k < 248; k++) {
            Files.writeString(folder.resolve(String.format("%03d.txt", k)), text.replace(agency, agency + "第" + k + "分局"));
        }
        Files.writeString(folder.resolve("000b.txt"),
                text.replace(agency, agency + "第0分局").replace("发布信息 603 条", "发布信息 604 条"));
        Files.writeString(folder.resolve("240-copy.txt"), text.replace(agency, agency + "第5分局"));
        try (ReportRepository repo = backend.open(data)) {
            BulkImport.Summary summary = BulkImport.run(repo, folder, "tester", (d, t, n) -> { });
            assertEquals(List.of(), summary.failed());
            assertEquals(List.of("240-copy.txt"), summary.skipped());
            assertEquals(249, summary.imported().size());
            assertEquals(248, repo.list(null, null).size());
            assertEquals(248, repo.rollup(2024).reports());
            List<String> sources = repo.agencyHistory(agency + "第0分局").stream().map(r -> r.sourceFile()).toList();
            assertEquals(List.of("000.txt", "000b.txt"), sources);
            assertEquals(2, repo.find(agency + "第0分局", 2024).orElseThrow().revisions());
            VerifyResult verify = repo.verify();
            assertTrue(verify.ok(), verify.problems()::toString);
        }
    }

    /**
     * A fault in the middle of an import (here the progress listener's; a parser thread's fault or an
     * OutOfMemoryError take the same way) leaves nothing of the batch it interrupted in the connection's open
     * transaction, where the next write's commit would have made it permanent: half a group of report rows
     * without their revisions.
     */
    @Test
    void aFaultInTheMiddleOfABatchLeavesNothingForTheNextCommit(@TempDir Path later) throws Exception {
        String agency = "宝鸡市科学技术局";
        String text = Files.readString(TestData.corpus("000"));
        for (int k = 0; k < 30; k++) {
            Files.writeString(folder.resolve(String.format("%03d.txt", k)), text.replace(agency, agency + "第" + k + "分局"));
        }
        Files.writeString(later.resolve("one.txt"), text);
        try (ReportRepository repo = backend.open(data)) {
            IllegalStateException fault = assertThrows(IllegalStateException.class,
                    () -> BulkImport.run(repo, folder, "tester", (done, total, name) -> {
                        if (done == 25) {
                            throw new IllegalStateException("listener fault");
                        }
                    }));
            assertEquals("listener fault", fault.getMessage());
            assertEquals(0, repo.list(null, null).size(), "reports of the interrupted batch are visible");

            BulkImport.Summary next = BulkImport.run(repo, later, "tester", (d, t, n) -> { });
            assertEquals(List.of("one.txt"), next.imported());
            assertEquals(List.of(agency), repo.list(null, null).stream().map(r -> r.agency()).toList());
            VerifyResult verify = repo.verify();
            assertTrue(verify.ok(), verify.problems()::toString);
        }
    }
}
