package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.model.AtomicFiles;
import cn.nianbao.review.chart.Charts;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.trend.Trend;
import cn.nianbao.review.trend.TrendChart;
import cn.nianbao.review.trend.TrendCsv;
import cn.nianbao.review.trend.Trends;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

/**
 * {@code nianbao trend --agency X [--data DIR] [--format csv|png|svg] [-o OUT]}: the main figures of one
 * agency across the years of the repository; with FILE... instead, across those report files. CSV goes to
 * stdout or OUT; charts are written one file per chart, {@code OUT-applications.png} and so on.
 */
final class TrendCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    TrendCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ReviewOptions options) throws UsageException {
        String format = options.format("csv", "csv", "png", "svg");
        if (options.agency() == null && options.files().isEmpty()) {
            throw new UsageException("missingArgument", "trend", "--agency X or FILE...");
        }
        if (!"csv".equals(format) && options.output() == null) {
            throw new UsageException("missingArgument", "trend --format " + format, "-o OUT");
        }
        List<SourcedReport> reports = options.files().isEmpty() ? fromRepository(options)
                : ReviewInput.readAll(options.files(), err, text);
        if (reports == null) {
            return ExitCode.UNREADABLE;
        }
        if (reports.isEmpty()) {
            err.println(text.get("trend.none", options.agency()));
            return ExitCode.UNREADABLE;
        }
        String agency = options.agency() != null ? options.agency() : reports.get(reports.size() - 1).report().getAgencyName();
        Trend trend = Trends.of(agency, reports.stream().map(SourcedReport::report).toList());
        try {
            if ("csv".equals(format)) {
                String csv = TrendCsv.write(trend, text.chinese());
                if (options.output() == null) {
                    out.print(csv);
                    out.flush();
                } else {
                    AtomicFiles.write(Path.of(options.output()), csv.getBytes(StandardCharsets.UTF_8));
                }
            } else {
                writeCharts(trend, Path.of(options.output()), format);
            }
        } catch (IOException e) {
            err.println(Failures.cannotWrite(options.output(), e, text));
            return ExitCode.UNREADABLE;
        }
        return ExitCode.OK;
    }

    private void writeCharts(Trend trend, Path target, String format) throws IOException {
        String base = target.getFileName().toString().replaceFirst("\\.(png|svg)$", "");
        for (TrendChart chart : trend.charts()) {
            Path file = target.resolveSibling(base + "-" + chart.id() + "." + format);
            byte[] bytes = "png".equals(format) ? Charts.png(chart, Charts.WIDTH, Charts.HEIGHT, text.chinese())
                    : Charts.svgBytes(chart, Charts.WIDTH, Charts.HEIGHT, text.chinese());
            AtomicFiles.write(file, bytes);
            out.println(text.get("exported", file));
        }
    }

    private List<SourcedReport> fromRepository(ReviewOptions options) {
        try (ReportRepository repository = ReportRepository.open(DataFolder.resolve(options.data()))) {
            return new RepositoryReports(repository).ofAgency(options.agency());
        } catch (RepositoryException e) {
            err.println(text.get("cannotRead", DataFolder.resolve(options.data()), e.getMessage()));
            return null;
        }
    }
}
