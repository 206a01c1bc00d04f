package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.rollup.RollupBuilder;
import cn.nianbao.review.rollup.RollupResult;
import cn.nianbao.store.ReportRepository;

/**
 * Not a test: runs only with {@code -Dnianbao.benchmark=true} and fails on no number. Compare of 05→06
 * (goal &lt; 100 ms), and a roll-up of 1,000 reports of one year from a repository (goal &lt; 1 s), timed
 * as loading the current revisions and as summing them. Writes target/benchmark.txt.
 */
class ReviewBenchmark {

    private static final int REPORTS = 1000;

    @Test
    void compareAndRollup(@TempDir Path data) throws Exception {
        if (!Boolean.getBoolean("nianbao.benchmark")) {
            return; // not asked for
        }
        AnnualReport before = Corpus.read("05-");
        AnnualReport after = Corpus.read("06-");
        Comparer comparer = new Comparer(ChangeThreshold.DEFAULT);
        for (int i = 0; i < 20; i++) {
            comparer.compare(before, after);
        }
        int rounds = 50;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            comparer.compare(before, after);
        }
        double compareMs = (System.nanoTime() - start) / 1e6 / rounds;

        List<AnnualReport> templates = List.of(Corpus.read("000-"), Corpus.read("03-"), Corpus.read("04-"), after);
        long fillStart = System.nanoTime();
        try (ReportRepository repository = ReportRepository.open(data)) {
            for (int i = 0; i < REPORTS; i++) {
                AnnualReport copy = EcoreUtil.copy(templates.get(i % templates.size()));
                copy.setAgencyName("测试机关" + i);
                repository.saveRevision(copy, "benchmark", null);
            }
        }
        double fillS = (System.nanoTime() - fillStart) / 1e9;
        double[] load = new double[3];
        double[] sum = new double[3];
        RollupResult result = null;
        for (int round = 0; round < 3; round++) {
            try (ReportRepository repository = ReportRepository.open(data)) {
                long t0 = System.nanoTime();
                List<SourcedReport> reports = new RepositoryReports(repository).ofYear(2024, null);
                long t1 = System.nanoTime();
                RollupBuilder builder = new RollupBuilder();
                reports.forEach(r -> builder.add(r.report(), r.source()));
                result = builder.build();
                long t2 = System.nanoTime();
                load[round] = (t1 - t0) / 1e6;
                sum[round] = (t2 - t1) / 1e6;
            }
        }
        assertEquals(REPORTS, result.members().size());
        String text = String.format(Locale.ROOT, "compare 05->06: %.2f ms (mean of %d)%n"
                + "repository filled with %d reports in %.1f s%n"
                + "rollup of %d reports: load %.0f / %.0f / %.0f ms, sum+check %.0f / %.0f / %.0f ms (3 rounds)%n",
                compareMs, rounds, REPORTS, fillS, REPORTS, load[0], load[1], load[2], sum[0], sum[1], sum[2]);
        System.out.print(text);
        Files.writeString(Path.of("target", "benchmark.txt"), text, StandardCharsets.UTF_8);
    }
}
