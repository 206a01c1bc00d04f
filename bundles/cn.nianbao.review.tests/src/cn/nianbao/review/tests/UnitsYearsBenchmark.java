package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.review.copies.CopyFinder;
import cn.nianbao.review.intake.IntakeBuilder;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.IntakeSource;
import cn.nianbao.review.intake.RosterReports;
import cn.nianbao.review.intake.Submission;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.rollup.RollupBuilder;
import cn.nianbao.store.BulkImport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.ServerAddress;
import cn.nianbao.store.UnitLevel;
import cn.nianbao.testing.PostgresServer;
import cn.nianbao.testing.ReplicatedCorpus;

/**
 * Not a test: runs with -Dnianbao.benchmark=true (releng/bench/units-years.sh). The corpus replicated over
 * {@code nianbao.benchmark.agencies} units (default 10,000) × {@code nianbao.benchmark.years} years (default
 * 10, the last one 2024) as text files, each unit under its own name (the corpus agency's name + "第N分局",
 * its years rewritten), imported with {@link BulkImport} into each back end of {@code nianbao.benchmark.backends}
 * (h2,postgresql; PostgreSQL is a private server as the tests start one, fsync off). Then per back end: 50
 * agency histories, the store's year roll-up, the roll-up of one region of {@value #REGION_UNITS} units (their
 * current revisions loaded and summed), the intake view of a roster of {@value #ROSTER_UNITS} units, and the
 * copy search over the last year's reports. Figures go to stdout and target/units-years-benchmark.txt.
 * With {@code nianbao.benchmark.writeTo=DIR} it only writes the files into DIR, for the built product's own
 * {@code repo import} to be timed on them (releng/bench/product-import.sh).
 */
class UnitsYearsBenchmark {

    static final int REGION_UNITS = 100;
    static final String REGION = "320899";
    static final int LAST_YEAR = 2024;
    static final int ROSTER_UNITS = 1000;
    static final int ROSTER_MISSING = 50;
    static final String ROSTER_REGION = "测试省";

    @TempDir
    Path folder;

    private final List<String> lines = new ArrayList<>();

    @Test
    void importQueryAndSearch() throws Exception {
        if (!Boolean.getBoolean("nianbao.benchmark")) {
            return;
        }
        int agencies = Integer.getInteger("nianbao.benchmark.agencies", 10_000);
        int years = Integer.getInteger("nianbao.benchmark.years", 10);
        String backends = System.getProperty("nianbao.benchmark.backends", "h2,postgresql");
        String writeTo = System.getProperty("nianbao.benchmark.writeTo");
        if (writeTo != null) {
            ReplicatedCorpus.read(Corpus::read).writeYears(Path.of(writeTo), agencies, years, LAST_YEAR);
            return;
        }
        long start = System.nanoTime();
        List<String> names = ReplicatedCorpus.read(Corpus::read).writeYears(folder.resolve("reports"), agencies, years,
                LAST_YEAR).units();
        say("machine: %d cores, load %s; %d reports (%d units × %d years) written in %.1f s",
                Runtime.getRuntime().availableProcessors(), load(), agencies * years, agencies, years, seconds(start));
        for (String backend : backends.split(",")) {
            Path data = Files.createDirectories(folder.resolve("data-" + backend));
            try (ReportRepository repository = open(backend.strip(), data)) {
                run(backend.strip(), repository, names, agencies * years);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "units-years-benchmark.txt"), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }

    private void run(String backend, ReportRepository repository, List<String> names, int count) throws Exception {
        long cpu = processCpu();
        long start = System.nanoTime();
        BulkImport.Summary summary = BulkImport.run(repository, folder.resolve("reports"), "bench", (d, t, n) -> { });
        double importSeconds = seconds(start);
        assertEquals(count, summary.imported().size(),
                summary.failed().isEmpty() ? "" : summary.failed().get(0).toString());
        say("%s: import %d reports in %.1f s = %.0f reports/s (process CPU %.1f s; load %s)", backend, count,
                importSeconds, count / importSeconds, (processCpu() - cpu) / 1e9, load());

        int[] k = {0};
        double[] history = time(() -> {
            String agency = names.get((k[0]++ * 7919) % names.size());
            assertTrue(!repository.agencyHistory(agency).isEmpty(), agency);
        });
        say("%s: agency history (%d years), median %.2f ms, max %.2f ms", backend, count / names.size(), history[0],
                history[1]);
        int[] y = {0};
        double[] totals = time(() -> repository.rollup(LAST_YEAR - (y[0]++ % 2)));
        say("%s: year totals of the store (rollup(year), %d reports), median %.2f ms, max %.2f ms", backend,
                names.size(), totals[0], totals[1]);

        for (int i = 0; i < REGION_UNITS && i < names.size(); i++) {
            repository.setRegionCode(names.get(i), REGION);
        }
        start = System.nanoTime();
        RollupBuilder builder = new RollupBuilder();
        new RepositoryReports(repository).ofYear(LAST_YEAR, REGION).forEach(r -> builder.add(r.report(), r.source()));
        int members = builder.build().members().size();
        say("%s: roll-up of a region of %d units (%d): load + sum + members' checks %.2f s", backend, REGION_UNITS,
                LAST_YEAR, seconds(start));
        assertEquals(Math.min(REGION_UNITS, names.size()), members);

        intake(backend, repository, names);

        cpu = processCpu();
        start = System.nanoTime();
        CopyFinder finder = new CopyFinder();
        int reports = new RepositoryReports(repository).forEachOfYear(LAST_YEAR, null, r -> finder.add(r.source(), r.report()));
        double loaded = seconds(start);
        int pairs = finder.find().size();
        say("%s: copy search over %d reports of %d: %.1f s (loading and reading the texts %.1f s), %d pairs;"
                + " process CPU %.1f s", backend, reports, LAST_YEAR, seconds(start), loaded, pairs,
                (processCpu() - cpu) / 1e9);
    }

    /**
     * The intake view of a roster of {@value #ROSTER_UNITS} of the units and {@value #ROSTER_MISSING} without a
     * report, built as the view builds it: the roster's reports of the year loaded ({@link IntakeSource}), then matched
     * and checked ({@link IntakeBuilder}). Once: the import and the roll-up have warmed the same code.
     */
    private void intake(String backend, ReportRepository repository, List<String> names) throws Exception {
        List<RosterUnit> units = new ArrayList<>();
        // spread over the province (every tenth of 10,000), not the first units imported
        int stride = Math.max(1, names.size() / ROSTER_UNITS);
        int reported = Math.min(ROSTER_UNITS, names.size());
        for (int i = 0; i < reported; i++) {
            units.add(new RosterUnit(names.get(i * stride), UnitLevel.DEPARTMENT, ROSTER_REGION, null));
        }
        for (int i = 0; i < ROSTER_MISSING; i++) {
            units.add(new RosterUnit("未报送第" + i + "局", UnitLevel.DEPARTMENT, ROSTER_REGION, null));
        }
        repository.saveRoster(new Roster(ROSTER_REGION, units, MonthDay.of(1, 31), MonthDay.of(3, 31)));
        long cpu = processCpu();
        long start = System.nanoTime();
        Roster roster = repository.roster(ROSTER_REGION).orElseThrow();
        RosterReports reports = new IntakeSource(repository, ZoneId.systemDefault()).reportsOf(LAST_YEAR, roster);
        double loaded = seconds(start);
        long loadedCpu = processCpu();
        IntakeList list = new IntakeBuilder().build(roster, LAST_YEAR, LocalDate.of(LAST_YEAR + 1, 2, 10), reports);
        say("%s: intake view of %d units (%d of them without a report): %.1f s = load %d reports of %d (%d others"
                + " named)"
                + " %.1f s (process CPU %.1f s) + match and check %.1f s (process CPU %.1f s)", backend,
                list.entries().size(), list.count(Submission.OVERDUE), seconds(start), reports.onRoster().size(),
                LAST_YEAR, reports.offRoster().size(), loaded, (loadedCpu - cpu) / 1e9, seconds(start) - loaded,
                (processCpu() - loadedCpu) / 1e9);
        assertEquals(reported + ROSTER_MISSING, list.entries().size());
        assertEquals(reported, list.entries().stream().filter(e -> e.report() != null).count());
        assertEquals(ROSTER_MISSING, list.count(Submission.OVERDUE));
    }

    private static ReportRepository open(String backend, Path data) throws Exception {
        if ("h2".equals(backend)) {
            return ReportRepository.open(data);
        }
        PostgresServer server = PostgresServer.shared();
        return ReportRepository.open(data, ServerAddress.parse(server.address(server.createDatabase())),
                server.password());
    }

    interface Query {
        void run() throws Exception;
    }

    /** Median and maximum in ms of 50 runs after 5 warm-up runs; each run asks something else (result caches). */
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

    private void say(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println("BENCHMARK " + line);
        lines.add(line);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** CPU time of the whole process in ns (all threads, the PostgreSQL server not included). */
    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
