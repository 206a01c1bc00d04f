package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.copies.CopyFinder;
import cn.nianbao.review.copies.CopyPair;
import cn.nianbao.review.output.CopiesOutput;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportFiles;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

/**
 * {@code nianbao copies --year Y [--region CODE] [--data DIR | --repository ADDRESS]} over the current revisions
 * of one year in the repository, or {@code nianbao copies FILE|DIR... [--year Y]} over report files (folders
 * searched for them): pairs of units whose prose is the same or nearly so, but for names and figures
 * ({@link CopyFinder}), as text, CSV or JSON on stdout or in OUT. Exit 0: no pair; 1: pairs found; 2: a file or
 * the repository could not be read (the other files are still searched) or the command line is wrong.
 */
final class CopiesCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    CopiesCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ReviewOptions options) throws UsageException {
        String format = options.format("text", "text", "csv", "json");
        if (options.files().isEmpty() && options.year() == null) {
            throw new UsageException("missingArgument", "copies", "--year Y or FILE|DIR...");
        }
        CopyFinder finder = new CopyFinder();
        int[] reports = {0};
        boolean complete = options.files().isEmpty() ? fromRepository(options, finder, reports)
                : fromFiles(options, finder, reports);
        if (!complete && reports[0] == 0) {
            return ExitCode.UNREADABLE;
        }
        List<CopyPair> pairs = finder.find();
        String result = switch (format) {
            case "csv" -> CopiesOutput.csv(pairs, text.chinese());
            case "json" -> CopiesOutput.json(pairs, reports[0], text.chinese()) + "\n";
            default -> CopiesOutput.text(pairs, reports[0], text.chinese());
        };
        if (!TextResult.deliver(result, options.output(), out, err, text)) {
            return ExitCode.UNREADABLE;
        }
        if (!complete) {
            return ExitCode.UNREADABLE;
        }
        return pairs.isEmpty() ? ExitCode.OK : ExitCode.ERRORS_FOUND;
    }

    private boolean fromRepository(ReviewOptions options, CopyFinder finder, int[] reports) {
        Path data = DataFolder.resolve(options.data());
        try (ReportRepository repository = Repositories.open(data, options.repository())) {
            reports[0] = new RepositoryReports(repository).forEachOfYear(options.year(), options.region(),
                    r -> finder.add(r.source(), r.report()));
            return true;
        } catch (RepositoryException e) {
            err.println(text.get("cannotRead", options.repository() != null ? options.repository() : data,
                    text.pick(e.messageZh(), e.messageEn())));
            return false;
        }
    }

    /** Reads every file (folders searched); an unreadable one is named on stderr and the others go on. */
    private boolean fromFiles(ReviewOptions options, CopyFinder finder, int[] reports) {
        boolean complete = true;
        for (String file : files(options.files())) {
            AnnualReport report = ReviewInput.read(file, err, text);
            if (report == null) {
                complete = false;
            } else if (options.year() == null || report.getYear() == options.year()) {
                finder.add(file, report);
                reports[0]++;
            }
        }
        return complete;
    }

    private List<String> files(List<String> arguments) {
        List<String> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.isDirectory(path)) {
                files.add(argument);
                continue;
            }
            try {
                ReportFiles.under(path).forEach(p -> files.add(p.toString()));
            } catch (IOException e) {
                // named as unreadable like a missing file
                files.add(argument);
            }
        }
        return files;
    }
}
