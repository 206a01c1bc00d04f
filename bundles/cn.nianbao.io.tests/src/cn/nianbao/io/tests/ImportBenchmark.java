package cn.nianbao.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;

/**
 * Not a timed test: measures import throughput when asked to, and prints it. Run with
 * {@code ./mvnw -B -o -q verify -pl target-platform,bundles/cn.nianbao.model,bundles/cn.nianbao.testing,bundles/cn.nianbao.io,bundles/cn.nianbao.io.tests -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtestArgLine=-Dnianbao.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "nianbao.benchmark", matches = "true")
class ImportBenchmark {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 20;

    @Test
    void throughputOfEachForm() throws Exception {
        for (String form : List.of("pdf", "docx", "html", "txt")) {
            List<Path> files = form.equals("txt") ? cn.nianbao.testing.TestData.corpusReports() : Forms.files(form);
            int pages = 0;
            if (form.equals("pdf")) {
                for (Path file : files) {
                    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
                        pages += document.getNumberOfPages();
                    }
                }
            }
            run(files, WARM_UP);
            long start = System.nanoTime();
            run(files, ROUNDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            int reports = files.size() * ROUNDS;
            System.out.printf("BENCHMARK %-4s %d files x %d rounds: %.1f reports/s, %.1f ms/report%s%n", form, files.size(), ROUNDS,
                    reports / seconds, seconds * 1000 / reports,
                    pages > 0 ? String.format(", %.1f pages/s (%d pages per round)", pages * ROUNDS / seconds, pages) : "");
        }
    }

    private static void run(List<Path> files, int rounds) throws ImportException {
        for (int r = 0; r < rounds; r++) {
            for (Path file : files) {
                ReportReader.read(file);
            }
        }
    }
}
