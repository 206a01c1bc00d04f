package cn.nianbao.export.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import cn.nianbao.export.Exporters;
import cn.nianbao.export.ReportExporter;
import cn.nianbao.model.report.AnnualReport;

/**
 * Not a test: times every exporter over the corpus when {@code -Dnianbao.benchmark=true} (see docs/benchmarks.md).
 * Two warm-up rounds, then ten measured rounds; prints milliseconds per report and writes target/benchmark.txt.
 */
@EnabledIfSystemProperty(named = "nianbao.benchmark", matches = "true")
class ExportBenchmark {

    private static final int WARM_UP = 2;
    private static final int ROUNDS = 10;

    @Test
    void timeEveryFormat() throws IOException {
        List<AnnualReport> reports = TestReports.all().stream().map(Named::getPayload).toList();
        StringBuilder result = new StringBuilder(String.format(Locale.ROOT, "%-14s %10s %10s%n", "format", "ms/report", "bytes"));
        for (ReportExporter exporter : Exporters.all()) {
            long bytes = 0;
            for (int i = 0; i < WARM_UP; i++) {
                bytes = run(exporter, reports);
            }
            long start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                run(exporter, reports);
            }
            double ms = (System.nanoTime() - start) / 1e6 / ROUNDS / reports.size();
            result.append(String.format(Locale.ROOT, "%-14s %10.1f %10d%n", exporter.format(), ms, bytes / reports.size()));
        }
        System.out.print(result);
        Files.writeString(Path.of("target", "benchmark.txt"), result);
    }

    private static long run(ReportExporter exporter, List<AnnualReport> reports) throws IOException {
        long bytes = 0;
        for (AnnualReport report : reports) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(report, out);
            bytes += out.size();
        }
        return bytes;
    }
}
