package cn.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import cn.nianbao.export.ExportOptions;
import cn.nianbao.export.Exporters;
import cn.nianbao.export.ReportExporter;
import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.report.AnnualReport;

/**
 * {@code nianbao export FILE --format csv|json [-o OUT]}: the report's data to stdout or to a file. A file
 * is replaced only once the new content is complete.
 */
final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    ExportCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(Options options) throws UsageException {
        if (options.files().size() != 1) {
            throw new UsageException("missingArgument", "export", "one FILE");
        }
        if (options.format() == null) {
            throw new UsageException("missingArgument", "export", "--format csv|json");
        }
        ReportExporter exporter = Exporters.forFormat(options.format())
                .orElseThrow(() -> new UsageException("badOption", "export", options.format()));
        String file = options.files().get(0);
        AnnualReport report;
        try {
            report = ReportReader.read(Path.of(file)).report();
        } catch (ImportException e) {
            err.println(text.get("cannotRead", file, text.pick(e.messageZh(), e.messageEn())));
            return ExitCode.UNREADABLE;
        }
        try {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            exporter.write(report, content, new ExportOptions(options.reviewCopy(), false));
            if (options.output() == null) {
                content.writeTo(out);
                out.flush();
            } else {
                AtomicFiles.write(Path.of(options.output()), content.toByteArray());
            }
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(Failures.cannotWrite(options.output() == null ? "stdout" : options.output(), e, text));
            return ExitCode.UNREADABLE;
        }
    }
}
