package cn.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.export.Exporters;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.ReviewException;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.rollup.RollupBuilder;
import cn.nianbao.review.rollup.RollupMember;
import cn.nianbao.review.rollup.RollupResult;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * {@code nianbao rollup FILE... -o OUT} or {@code nianbao rollup --year Y [--region CODE] [--data DIR] -o OUT}:
 * sums reports of one year into one report of the same format, written as a Nianbao file or, by the
 * extension of OUT, in any export format. Prints the members (those that do not add up on their own first)
 * and the roll-up's own ERROR count. Exit 1 when the roll-up has an ERROR, 2 when input cannot be read.
 */
final class RollupCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    RollupCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ReviewOptions options) throws UsageException {
        if (options.output() == null) {
            throw new UsageException("missingArgument", "rollup", "-o OUT");
        }
        if (options.files().isEmpty() && options.year() == null) {
            throw new UsageException("missingArgument", "rollup", "FILE... or --year Y");
        }
        if (options.roster() != null) {
            return new RosterRollupCommand(out, err, text).run(options);
        }
        List<SourcedReport> reports = options.files().isEmpty() ? fromRepository(options)
                : ReviewInput.readAll(options.files(), err, text);
        if (reports == null) {
            return ExitCode.UNREADABLE;
        }
        RollupResult result;
        try {
            RollupBuilder builder = new RollupBuilder();
            reports.forEach(r -> builder.add(r.report(), r.source()));
            result = builder.build();
        } catch (ReviewException e) {
            err.println("nianbao: rollup: " + e.message(text.chinese()));
            return ExitCode.UNREADABLE;
        }
        for (RollupMember member : result.members()) {
            out.println((member.inconsistent() ? "✗ " : "✓ ") + member.agency() + "  " + member.source()
                    + (member.inconsistent() ? "  " + String.join(" ", member.brokenRules()) : ""));
        }
        long errors = new Validator().check(result.total()).stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::ruleId).filter(id -> id.startsWith("SUM-")).count();
        out.println(text.get("rollup.summary", result.members().size(), result.inconsistent().size(), errors));
        try {
            write(result.total(), Path.of(options.output()));
        } catch (IOException e) {
            err.println(Failures.cannotWrite(options.output(), e, text));
            return ExitCode.UNREADABLE;
        }
        return errors > 0 ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }

    private List<SourcedReport> fromRepository(ReviewOptions options) {
        try (ReportRepository repository = ReportRepository.open(DataFolder.resolve(options.data()))) {
            return new RepositoryReports(repository).ofYear(options.year(), options.region());
        } catch (RepositoryException e) {
            err.println(text.get("cannotRead", DataFolder.resolve(options.data()), e.getMessage()));
            return null;
        }
    }

    static void write(AnnualReport total, Path target) throws IOException, UsageException {
        String name = target.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : NativeFormat.EXTENSION;
        if (NativeFormat.EXTENSION.equals(extension)) {
            NativeFormat.write(total, target);
            return;
        }
        var exporter = Exporters.forFormat(extension).orElseThrow(() -> new UsageException("badOption", "rollup", name));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        exporter.write(total, content);
        AtomicFiles.write(target, content.toByteArray());
    }
}
