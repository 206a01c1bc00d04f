package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.io.ReportReader;
import cn.nianbao.store.BulkImport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.Rollup;
import cn.nianbao.testing.ReplicatedCorpus;
import cn.nianbao.testing.TestData;

/**
 * Not a test: runs with -Dnianbao.benchmark=true. The corpus replicated to 10,000 report files (each copy
 * under its own agency name), imported with {@link BulkImport} into the back end of
 * {@code nianbao.benchmark.backend} (h2, the default, or postgresql: the tests' private server); then one
 * agency's history and one year's roll-up, each timed 50 times. The import's CPU is split into the caller's
 * thread (the writer: everything but the parsing), the whole process and, on PostgreSQL, the server's
 * processes, because the wall clock of a shared machine says little. Figures go to stdout and
 * target/benchmark.txt.
 */
class RepositoryBenchmark {

    @TempDir
    Path data;

    @TempDir
    Path folder;

    @Test
    void importTenThousandThenQuery() throws Exception {
        if (!Boolean.getBoolean("nianbao.benchmark")) {
            return;
        }
        int count = Integer.getInteger("nianbao.benchmark.reports", 10_000);
        List<Path> corpus = TestData.corpusReports();
        ReplicatedCorpus.Written written = ReplicatedCorpus.read(file -> ReportReader.read(file).report())
                .writeAsPublished(folder, count);
        long parse = System.nanoTime();
        for (Path file : written.files()) {
            ReportReader.read(file);
        }
        parse = System.nanoTime() - parse;
        Backend backend = Backend.valueOf(System.getProperty("nianbao.benchmark.backend", "h2").toUpperCase(Locale.ROOT));
        try (ReportRepository repo = backend.open(data)) {
            ServerStatements.reset(backend, data);
            long[] serverKinds = serverCpuByKind(backend);
            long serverCpu = serverCpu(backend);
            long processCpu = processCpu();
            long writerCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            ThreadCpu threads = new ThreadCpu(RepositoryBenchmark::threadGroup);
            long start = System.nanoTime();
            BulkImport.Summary summary = BulkImport.run(repo, folder, "bench", (d, t, n) -> { });
            long importNanos = System.nanoTime() - start;
            Map<String, Double> byThread = threads.stop();
            writerCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - writerCpu;
            processCpu = processCpu() - processCpu;
            serverCpu = serverCpu(backend) - serverCpu;
            long[] serverAfter = serverCpuByKind(backend);
            assertEquals(count, summary.imported().size(), summary.failed().isEmpty() ? "" : summary.failed().get(0).toString());
            ServerStatements.print(backend, data);
            long[] stored = storedBytes(backend);
            int[] k = {0};
            double[] history = time(() -> {
                List<?> revisions = repo.agencyHistory(written.units().get(k[0]++));
                assertEquals(false, revisions.isEmpty());
                return revisions;
            });
            int year = ReportReader.read(corpus.get(0)).report().getYear();
            int[] y = {0};
            double[] rollup = time(() -> repo.rollup(year - (y[0]++ % 2)));
            Rollup r = repo.rollup(year);
            long verify = System.nanoTime();
            boolean ok = repo.verify().ok();
            verify = System.nanoTime() - verify;
            String figures = String.format(Locale.ROOT, "%s, reports %d, load %.1f; parse only %.0f reports/s;"
                    + " import (parse + store) %.1f s = %.0f reports/s; CPU per report: process %.2f ms, of it"
                    + " writer thread %.2f ms; server %.2f ms; agency history median %.2f ms (max %.2f); roll-up of"
                    + " %d (%d reports, %d cells) median %.2f ms (max %.2f); verify %.1f s (%s)%n"
                    + "import CPU per report by thread: %s%n"
                    + "server CPU per report: client backends %.3f ms, background %.3f ms, exited children %.3f ms%n"
                    + "stored: content %.0f bytes a report (LZ4 coder %s), database %.1f MB", backend, count,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), count / (parse / 1e9),
                    importNanos / 1e9, count / (importNanos / 1e9), processCpu / 1e6 / count, writerCpu / 1e6 / count,
                    serverCpu / 1e6 / count, history[0], history[1], year, r.reports(), r.sums().size(), rollup[0],
                    rollup[1], verify / 1e9, ok ? "ok" : "PROBLEMS", perReport(byThread, count),
                    (serverAfter[0] - serverKinds[0]) / 1e6 / count, (serverAfter[1] - serverKinds[1]) / 1e6 / count,
                    (serverAfter[2] - serverKinds[2]) / 1e6 / count,
                    (double) stored[0] / count, cn.nianbao.store.internal.ContentCompressor.chosen().name(),
                    stored[1] / 1e6);
            System.out.println(figures);
            Files.writeString(Output.file("benchmark.txt"), figures + "\n");
        }
    }

    /**
     * What the import left on disk: the revisions' stored content (its compressed form), and the database as a
     * whole (the H2 file; PostgreSQL's size of the database, tables, TOAST and indexes).
     */
    private long[] storedBytes(Backend backend) throws Exception {
        try (java.sql.Connection c = backend.connect(data); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet content = s.executeQuery("SELECT SUM(OCTET_LENGTH(content)) FROM revision")) {
            content.next();
            long contentBytes = content.getLong(1);
            if (backend == Backend.H2) {
                return new long[] { contentBytes, Files.size(data.resolve(cn.nianbao.store.internal.Database.FILE_NAME)) };
            }
            try (java.sql.ResultSet size = s.executeQuery("SELECT pg_database_size(current_database())")) {
                size.next();
                return new long[] { contentBytes, size.getLong(1) };
            }
        }
    }

    /**
     * The group of a thread by its name as Linux keeps it (15 characters): the import's parser pool, the
     * text importer's guarded threads, the JVM's GC and JIT threads.
     */
    private static String threadGroup(String name) {
        if (name.startsWith("nianbao-bulk")) {
            return "parser pool";
        } else if (name.startsWith("nianbao-import")) {
            return "text importer";
        } else if (name.startsWith("GC ") || name.startsWith("G1 ")) {
            return "GC";
        } else if (name.contains("CompilerThre")) {
            return "JIT";
        }
        return "other";
    }

    private static String perReport(Map<String, Double> ms, int count) {
        StringBuilder text = new StringBuilder();
        ms.forEach((group, total) -> text.append(String.format(Locale.ROOT, "%s%s %.3f ms", text.isEmpty() ? "" : ", ",
                group, total / count)));
        return text.toString();
    }

    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /**
     * The CPU time of the test server's processes so far (0 on H2), in ns by kind: the client backends, the
     * background processes (WAL writer, checkpointer, ...), and the children that have exited (autovacuum
     * workers, closed connections), which only the postmaster's reaped-children times keep (/proc stat).
     */
    private static long[] serverCpuByKind(Backend backend) {
        long[] kinds = new long[3];
        if (backend != Backend.POSTGRESQL) {
            return kinds;
        }
        String port = "-p " + Backend.server().port() + " ";
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(port)).orElse(false))
                .forEach(postmaster -> {
                    long[] own = procTimes(postmaster.pid());
                    kinds[1] += own[0];
                    kinds[2] += own[1];
                    postmaster.descendants().forEach(child -> {
                        boolean client = processTitle(child.pid()).contains("127.0.0.1");
                        kinds[client ? 0 : 1] += procTimes(child.pid())[0];
                    });
                });
        return kinds;
    }

    /** What the server shows as a process's title ("postgres: user db 127.0.0.1(port) idle" for a client's). */
    private static String processTitle(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** utime + stime and cutime + cstime of a process in ns (clock ticks of 10 ms); zeros when it is gone. */
    private static long[] procTimes(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14-17 of stat, counted from the state field (3) here
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            long children = Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return new long[] {own * 10_000_000L, children * 10_000_000L};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[2];
        }
    }

    private static long serverCpu(Backend backend) {
        return Arrays.stream(serverCpuByKind(backend)).sum();
    }

    interface Query {
        Object run() throws Exception;
    }

    /**
     * Median and maximum in ms of 50 runs after 5 warm-up runs. Each run asks something else (another
     * agency, the other year): H2 answers a repeated identical query from its result cache.
     */
    private static double[] time(Query query) throws Exception {
        for (int i = 0; i < 5; i++) {
            query.run();
        }
        double[] ms = new double[50];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[ms.length - 1]};
    }
}
