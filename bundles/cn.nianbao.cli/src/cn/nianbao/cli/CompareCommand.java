package cn.nianbao.cli;

import java.io.PrintStream;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.output.CompareHtml;
import cn.nianbao.review.output.CompareJson;
import cn.nianbao.review.output.CompareText;

/**
 * {@code nianbao compare A B [--format text|json|html] [--threshold P] [--min-delta N] [-o OUT]}: the
 * differences of two reports (the earlier year is A whatever the order given) and the year-to-year checks.
 * Exit 1 when an ERROR year-to-year check (XY-01) fails, 2 when a file cannot be read.
 */
final class CompareCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    CompareCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ReviewOptions options) throws UsageException {
        if (options.files().size() != 2) {
            throw new UsageException("missingArgument", "compare", "two FILEs");
        }
        String format = options.format("text", "text", "json", "html");
        AnnualReport a = ReviewInput.read(options.files().get(0), err, text);
        AnnualReport b = ReviewInput.read(options.files().get(1), err, text);
        if (a == null || b == null) {
            return ExitCode.UNREADABLE;
        }
        ChangeThreshold threshold = new ChangeThreshold(
                options.threshold() != null ? options.threshold() : ChangeThreshold.DEFAULT.percent(),
                options.minimumDelta() != null ? options.minimumDelta() : ChangeThreshold.DEFAULT.minimumDelta());
        boolean swap = a.getYear() > b.getYear();
        Comparison comparison = new Comparer(threshold).compare(swap ? b : a, swap ? a : b);
        String result = switch (format) {
            case "json" -> CompareJson.write(comparison);
            case "html" -> new CompareHtml(text.chinese()).write(comparison);
            default -> new CompareText(text.chinese()).write(comparison);
        };
        if (!TextResult.deliver(result, options.output(), out, err, text)) {
            return ExitCode.UNREADABLE;
        }
        boolean failed = comparison.failures().stream().anyMatch(c -> c.severity() == Severity.ERROR);
        return failed ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }
}
