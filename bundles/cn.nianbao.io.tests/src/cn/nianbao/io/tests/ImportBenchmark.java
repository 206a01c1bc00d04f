package cn.nianbao.io.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * <p>
 * Warm-up and measurement run for a time, not a number of rounds: six files read five times left the JIT
 * compiling during the measurement, so the figure swung with whatever else the machine did.
 */
@EnabledIfSystemProperty(named = "nianbao.benchmark", matches = "true")
class ImportBenchmark {

    private static final long WARM_UP_NANOS = seconds("nianbao.benchmark.warmUpSeconds", 8);
    private static final long MEASURE_NANOS = seconds("nianbao.benchmark.measureSeconds", 8);
    private static final int MIN_ROUNDS = 5;

    @Test
    void throughputOfEachForm() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String form : forms()) {
            List<Path> files = form.equals("txt") ? cn.nianbao.testing.TestData.corpusReports() : Forms.files(form);
            int pages = 0;
            if (form.equals("pdf")) {
                for (Path file : files) {
                    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
                        pages += document.getNumberOfPages();
                    }
                }
            }
            runFor(files, WARM_UP_NANOS);
            long cpuStart = cpuOfAllThreads(threads);
            long start = System.nanoTime();
            int rounds = runFor(files, MEASURE_NANOS);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuOfAllThreads(threads) - cpuStart) / 1e9;
            int reports = files.size() * rounds;
            System.out.printf("BENCHMARK %-4s %d files x %d rounds: %.1f reports/s, %.1f ms/report%s; %.1f reports per CPU-second%n",
                    form, files.size(), rounds, reports / seconds, seconds * 1000 / reports,
                    pages > 0 ? String.format(", %.1f pages/s (%d pages per round)", pages * rounds / seconds, pages) : "",
                    reports / cpuSeconds);
        }
    }

    /** Reads every file, round after round, until the time is up (and at least {@link #MIN_ROUNDS} rounds). */
    private static int runFor(List<Path> files, long nanos) throws ImportException {
        long end = System.nanoTime() + nanos;
        int rounds = 0;
        while (rounds < MIN_ROUNDS || System.nanoTime() < end) {
            for (Path file : files) {
                ReportReader.read(file);
            }
            rounds++;
        }
        return rounds;
    }

    /**
     * The importers run each file on a thread of {@code ImportGuard}'s pool while the caller waits, so the
     * caller's CPU time alone counts nothing of the work: this sums every live thread (the pool keeps its
     * threads for a minute, longer than a measurement).
     */
    private static long cpuOfAllThreads(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    /** {@code -Dnianbao.benchmark.forms=pdf,html} measures only those forms; all four by default. */
    private static List<String> forms() {
        String forms = System.getProperty("nianbao.benchmark.forms", "pdf,docx,html,txt");
        return List.of(forms.split(","));
    }

    private static long seconds(String property, long defaultSeconds) {
        return Long.getLong(property, defaultSeconds) * 1_000_000_000L;
    }
}
