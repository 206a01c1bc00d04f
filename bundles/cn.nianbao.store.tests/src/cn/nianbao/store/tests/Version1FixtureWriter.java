package cn.nianbao.store.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.store.BulkImport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.testing.TestData;

/**
 * How {@code fixtures/repository-v1.zip} (read by {@link MigrationTest}) was made: run with the v1 Nianbao,
 * it filled a repository from the corpus, revised and finalised the seed, and backed it up. Kept as that
 * record, not as a test: the backup format is data now (v2), so a run today would not write a v1 H2 file.
 * Arguments: an empty data folder and the zip to write.
 */
public final class Version1FixtureWriter {

    private Version1FixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path zip = Path.of(args[1]);
        try (ReportRepository repo = ReportRepository.open(data)) {
            BulkImport.run(repo, TestData.corpusDir(), "fixture", (d, t, n) -> { });
            var seed = repo.find("宝鸡市科学技术局", 2024).orElseThrow();
            var report = repo.load(seed.currentRevision());
            report.setTitle(report.getTitle() + "（修订）");
            repo.saveRevision(report, "fixture", null);
            repo.setStatus(seed.id(), ReportStatus.APPROVED);
            repo.setRegionCode("宝鸡市科学技术局", "610300");
            Files.createDirectories(zip.toAbsolutePath().getParent());
            repo.backup(zip);
        }
    }
}
