package cn.nianbao.io.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    /** {@code -Dnianbao.benchmark.forms=txt,html} measures only those. */
    private static final List<String> FORMS = List.of(System.getProperty("nianbao.benchmark.forms", "pdf,docx,html,txt").split(","));
    /** The name {@code ImportGuard} gives its threads. */
    private static final String IMPORT_THREAD = "nianbao-import";

    @Test
    void throughputOfEachForm() throws Exception {
        for (String form : FORMS) {
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
            long threadCpuStart = importThreadsCpuNanos();
            long processCpuStart = processCpuNanos();
            long start = System.nanoTime();
            int rounds = runFor(files, MEASURE_NANOS);
            double seconds = (System.nanoTime() - start) / 1e9;
            double threadCpuSeconds = (importThreadsCpuNanos() - threadCpuStart) / 1e9;
            double processCpuSeconds = (processCpuNanos() - processCpuStart) / 1e9;
            int reports = files.size() * rounds;
            System.out.printf("BENCHMARK %-4s %d files x %d rounds: %.1f reports/s, %.1f ms/report%s; %.1f reports per CPU-second"
                    + " of the import threads, %.1f per CPU-second of the process%n",
                    form, files.size(), rounds, reports / seconds, seconds * 1000 / reports,
                    pages > 0 ? String.format(", %.1f pages/s (%d pages per round)", pages * rounds / seconds, pages) : "",
                    reports / threadCpuSeconds, reports / processCpuSeconds);
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
     * CPU time of this thread and of the importers' own threads ({@code ImportGuard} runs every import on a
     * pooled thread, so this thread alone mostly waits). Pooled threads idle for a minute before they end,
     * so none that worked during a measurement is gone at its end.
     */
    private static long importThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = threads.getCurrentThreadCpuTime();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals(IMPORT_THREAD)) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos;
    }

    /** CPU time of the whole JVM: the import plus its garbage collection and compilation. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long seconds(String property, long defaultSeconds) {
        return Long.getLong(property, defaultSeconds) * 1_000_000_000L;
    }
}
