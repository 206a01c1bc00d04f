package cn.nianbao.cli.accept;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.PrintableText;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.text.Texts;
import cn.nianbao.validation.Acceptances;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * {@code nianbao accept}: a reviewer accepts a WARNING or INFO of a report with a written reason, or
 * revokes an acceptance, and the report is written back with it (docs/cli.md). The acceptance is kept in
 * the report ({@link Acceptances}): a later check shows the finding as accepted until one of its cells
 * changes. Exit 0: done and written; 1: nothing to accept or revoke (no such finding, an ERROR, not
 * accepted); 2: the file could not be read or written, or the command line is wrong or names several
 * findings.
 */
public final class AcceptCommand {

    static final int DONE = 0;
    static final int NOTHING_TO_DO = 1;
    static final int REFUSED = 2;

    private static final Texts TEXTS = Texts.of(AcceptCommand.class);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean chinese;

    public AcceptCommand(PrintStream out, PrintStream err, boolean chinese) {
        this.out = out;
        this.err = err;
        this.chinese = chinese;
    }

    public int run(List<String> args) {
        try {
            return run(AcceptOptions.parse(args));
        } catch (AcceptOptions.Refusal refusal) {
            err.println(text(refusal.getMessage(), refusal.arguments()));
            return REFUSED;
        }
    }

    private int run(AcceptOptions options) {
        Path file = Path.of(options.file());
        boolean nativeFile;
        AnnualReport report;
        try {
            nativeFile = isNative(file);
            report = ReportReader.read(file).report();
        } catch (ImportException e) {
            throw new AcceptOptions.Refusal("accept.cannotRead", options.file(), chinese ? e.messageZh() : e.messageEn());
        } catch (IOException e) {
            throw new AcceptOptions.Refusal("accept.cannotRead", options.file(), e.getMessage());
        }
        if (options.output() == null && !nativeFile) {
            throw new AcceptOptions.Refusal("accept.notNative", options.file());
        }
        List<Diagnostic> matching = new Validator().check(report).stream()
                .filter(d -> d.ruleId().equalsIgnoreCase(options.rule()) && d.cells().containsAll(options.cells()))
                .toList();
        if (matching.isEmpty()) {
            err.println(text("accept.none", options.file(), options.rule(), cells(options.cells())));
            return NOTHING_TO_DO;
        }
        if (matching.size() > 1) {
            err.println(text("accept.ambiguous", options.file(), matching.size(), options.rule()));
            matching.forEach(d -> err.println(text("accept.candidate", cells(d.cells()), chinese ? d.messageZh() : d.messageEn())));
            return REFUSED;
        }
        Diagnostic finding = matching.get(0);
        if (finding.severity() == Severity.ERROR) {
            err.println(text("accept.error", options.file(), finding.ruleId()));
            return NOTHING_TO_DO;
        }
        if (options.revoke()) {
            if (!Acceptances.revoke(report, finding)) {
                err.println(text("accept.notAccepted", options.file(), finding.ruleId()));
                return NOTHING_TO_DO;
            }
        } else {
            Acceptances.accept(report, finding, options.reason(), options.author());
        }
        String target = options.output() == null ? options.file() : options.output();
        try {
            NativeFormat.write(report, Path.of(target));
        } catch (IOException e) {
            throw new AcceptOptions.Refusal("accept.cannotWrite", target, e.getMessage());
        }
        out.println(options.revoke() ? text("accept.revoked", target, finding.ruleId(), cells(finding.cells()))
                : text("accept.done", target, finding.ruleId(), cells(finding.cells()), options.reason().strip(),
                        options.author()));
        return DONE;
    }

    private static boolean isNative(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return NativeFormat.looksNative(in.readNBytes(512));
        }
    }

    private static String cells(List<CellAddress> cells) {
        return cells.stream().map(CellAddress::toString).collect(Collectors.joining(" "));
    }

    private String text(String key, Object... arguments) {
        // names, reasons and messages may come from a file: escape control and bidi characters
        return TEXTS.get(chinese, key, PrintableText.all(arguments));
    }
}
