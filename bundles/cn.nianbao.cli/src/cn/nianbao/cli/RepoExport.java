package cn.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.export.Exporters;
import cn.nianbao.export.ReportExporter;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportFiles;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;

/**
 * {@code nianbao repo export [--agency X] [--year Y] [--format nianbao|csv|json|...] -o DIR}: the current
 * revision of each matching report as one file in DIR, named YEAR-AGENCY-ID.EXT (see {@link ReportFiles}).
 */
final class RepoExport {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    RepoExport(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ReportRepository repository, RepoOptions options) throws UsageException, RepositoryException {
        if (options.output() == null) {
            throw new UsageException("missingArgument", "repo export", "-o DIR");
        }
        String format = options.format() == null ? NativeFormat.EXTENSION : options.format();
        ReportExporter exporter = NativeFormat.EXTENSION.equals(format) ? null
                : Exporters.forFormat(format).orElseThrow(() -> new UsageException("badOption", "repo export", format));
        Path dir = Path.of(options.output());
        int written = 0;
        for (ReportSummary summary : repository.list(options.agency(), options.year())) {
            Path file = ReportFiles.in(dir, summary, exporter == null ? format : exporter.extension());
            try {
                Files.createDirectories(dir);
                AtomicFiles.write(file, bytes(repository.load(summary.currentRevision()), exporter));
                written++;
            } catch (IOException e) {
                err.println(Failures.cannotWrite(file, e, text));
                return ExitCode.UNREADABLE;
            }
        }
        out.println(text.get("repo.exported", written, dir));
        return ExitCode.OK;
    }

    private static byte[] bytes(AnnualReport report, ReportExporter exporter) throws IOException {
        if (exporter == null) {
            return NativeFormat.toBytes(report);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        exporter.write(report, content);
        return content.toByteArray();
    }
}
