package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Validator;

/**
 * {@code nianbao bench-check DIR [--count N]} (hidden, docs/benchmarks.md): parses every .txt report in
 * DIR once, replicates them (deep copies) to N reports (default: as many as there are files, at least
 * 10,000), checks them all with every rule in this process and prints reports per second; then the
 * live re-check of the workbench: one cell of one report edited, the report checked again, 2,000 times,
 * median and 99th percentile. Timings exclude parsing, which is reported separately.
 */
final class BenchCommand {

    private static final int DEFAULT_COUNT = 10_000;
    private static final int EDITS = 2_000;
    private static final int ROUNDS = 3;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Options options) throws UsageException {
        if (options.files().size() != 1) {
            throw new UsageException("missingArgument", "bench-check", "DIR");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(options.files().get(0)))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            err.println("nianbao: " + options.files().get(0) + ": " + e.getMessage());
            return ExitCode.UNREADABLE;
        }
        long parseStart = System.nanoTime();
        List<AnnualReport> parsed = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(ReportReader.read(file).report());
            } catch (ImportException e) {
                err.println("nianbao: " + file + ": skipped, " + e.getMessage());
            }
        }
        double parseMs = (System.nanoTime() - parseStart) / 1e6;
        if (parsed.isEmpty()) {
            err.println("nianbao: no readable report in " + options.files().get(0));
            return ExitCode.UNREADABLE;
        }
        int count = options.count() > 0 ? options.count() : Math.max(DEFAULT_COUNT, parsed.size());
        List<AnnualReport> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            AnnualReport source = parsed.get(i % parsed.size());
            reports.add(i < parsed.size() ? source : EcoreUtil.copy(source));
        }
        out.println(String.format(Locale.ROOT, "parsed %d files in %.0f ms (%.2f ms/file); checking %d reports, %d rounds",
                parsed.size(), parseMs, parseMs / parsed.size(), count, ROUNDS));
        Validator validator = new Validator();
        long findings = 0;
        // CPU time of this thread beside the wall time: on a shared machine the two tell contention apart
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        for (int round = 1; round <= ROUNDS; round++) {
            long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            findings = 0;
            for (AnnualReport report : reports) {
                findings += validator.check(report).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String cpu = "";
            if (cpuTime) {
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                cpu = String.format(Locale.ROOT, "; thread CPU %.3f s = %.0f reports per CPU-second", cpuSeconds,
                        count / cpuSeconds);
            }
            out.println(String.format(Locale.ROOT, "round %d: %d reports in %.3f s = %.0f reports/s%s (%d findings)", round,
                    count, seconds, count / seconds, cpu, findings));
        }
        liveRecheck(validator, EcoreUtil.copy(parsed.get(0)));
        return ExitCode.OK;
    }

    /** One cell edited (the first of 本年新收), the whole report checked again, as the workbench does after each edit. */
    private void liveRecheck(Validator validator, AnnualReport report) {
        TableLayout table = FormatCatalogue.template(report).tableWithRole("received");
        CellAddress cell = new CellAddress(table.id(), table.rowsOfRole("received").get(0).getId(),
                table.leafColumns().get(0).getId());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
        long[] nanos = new long[EDITS];
        for (int i = 0; i < EDITS; i++) {
            ReportData.setValue(report, cell, BigDecimal.valueOf(i % 50));
            long start = System.nanoTime();
            validator.check(report);
            nanos[i] = System.nanoTime() - start;
        }
        // the mean thread CPU time per re-check tells the work apart from a busy machine's pauses
        String cpu = cpuTime ? String.format(Locale.ROOT, "; thread CPU mean %.3f ms",
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / EDITS) : "";
        Arrays.sort(nanos);
        out.println(String.format(Locale.ROOT, "live re-check after one cell edit: median %.3f ms, p99 %.3f ms, max %.3f ms (%d edits)%s",
                nanos[EDITS / 2] / 1e6, nanos[EDITS * 99 / 100] / 1e6, nanos[EDITS - 1] / 1e6, EDITS, cpu));
    }
}
