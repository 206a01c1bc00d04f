package cn.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.io.web.PageFetcher;
import cn.nianbao.io.web.WebReports;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.CheckOptions;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * {@code nianbao check FILE... [--previous LAST] [--deadline YYYY-MM-DD]}: imports each file, checks it
 * (against last year's report LAST for the XY rules, and the local deadline for TIM-02), prints its
 * diagnostics. A file that cannot be read gets one line on stderr and exit code 2; otherwise the exit
 * code says whether an ERROR was found. Accepted findings are printed with their reason; an accepted
 * finding is never an ERROR, so acceptances do not change the exit code.
 */
final class CheckCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    CheckCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(Options options) throws UsageException {
        if (options.files().isEmpty()) {
            throw new UsageException("missingArgument", "check", "FILE");
        }
        Validator validator = new Validator();
        List<FileDiagnostic> all = new ArrayList<>();
        boolean unreadable = false;
        boolean internal = false;
        AnnualReport previous = null;
        if (options.previous() != null) {
            try {
                previous = ReportReader.read(Path.of(options.previous())).report();
            } catch (ImportException e) {
                err.println(text.get("cannotRead", options.previous(), text.pick(e.messageZh(), e.messageEn())));
                unreadable = true;
            }
        }
        CheckOptions checkOptions = new CheckOptions(previous, options.deadline());
        for (String file : options.files()) {
            try {
                if (PageFetcher.isAddress(file)) {
                    unreadable |= checkAddress(file, options, validator, checkOptions, all);
                    continue;
                }
                check(file, ReportReader.read(Path.of(file)), options, validator, checkOptions, all);
            } catch (ImportException e) {
                err.println(text.get("cannotRead", file, text.pick(e.messageZh(), e.messageEn())));
                unreadable = true;
            } catch (RuntimeException e) {
                // a defect of ours must still not end in a stack trace nor stop the other files: say which
                // file (the detail goes to the log), keep going, and end with the internal error's code
                java.nio.file.Path log = CrashLog.record(new String[] {"check", file}, e);
                err.println(text.get("cannotRead", file, text.get("internalError.file", log == null ? text.get("internalError.noLog") : log)));
                internal = true;
            }
        }
        if (options.json()) {
            DiagnosticJson.write(all, out);
        }
        if (internal) {
            return ExitCode.INTERNAL_ERROR;
        }
        if (unreadable) {
            return ExitCode.UNREADABLE;
        }
        return all.stream().anyMatch(d -> d.diagnostic().severity() == Severity.ERROR) ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }

    private void check(String file, ImportResult result, Options options, Validator validator, CheckOptions checkOptions,
            List<FileDiagnostic> all) {
        if (options.published() != null) {
            result.report().setPublishDate(java.util.Date.from(
                    options.published().atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
        }
        List<Diagnostic> diagnostics = validator.check(result.report(), checkOptions);
        diagnostics.forEach(d -> all.add(new FileDiagnostic(file, d)));
        if (!options.json()) {
            printText(file, result, diagnostics);
        }
    }

    /**
     * Checks the report at a web address, or every report a list page links to, each under its address;
     * true when one of them could not be fetched or read (said on stderr).
     */
    private boolean checkAddress(String address, Options options, Validator validator, CheckOptions checkOptions,
            List<FileDiagnostic> all) throws ImportException {
        boolean unreadable = false;
        for (WebReports.Found found : new WebReports(new PageFetcher()).at(address, link -> { })) {
            if (found.isRead()) {
                check(found.address(), found.result(), options, validator, checkOptions, all);
            } else {
                err.println(text.get("cannotRead", found.address(), text.pick(found.failure().messageZh(), found.failure().messageEn())));
                unreadable = true;
            }
        }
        return unreadable;
    }

    private void printText(String file, ImportResult result, List<Diagnostic> diagnostics) {
        for (ImportNote note : result.importReport().notes()) {
            String where = note.line() > 0 ? " (line " + note.line() + ")" : "";
            out.println(text.get("importNote", file, note.kind() + where + ": " + text.pick(note.messageZh(), note.messageEn())));
        }
        for (Diagnostic diagnostic : diagnostics) {
            out.println(DiagnosticText.line(file, diagnostic, text));
        }
        out.println(text.get("summary", file, count(diagnostics, Severity.ERROR), count(diagnostics, Severity.WARNING),
                count(diagnostics, Severity.INFO)));
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
