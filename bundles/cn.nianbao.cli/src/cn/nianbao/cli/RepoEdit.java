package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.CarriedReview;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.SavedFile;

/**
 * Editing through the repository from the command line, the way a workbench does it: {@code repo checkout}
 * writes the current revision to a file, with the report's status, status log and comments in its review, and
 * says its number; {@code repo save FILE --base N} saves the file as the next revision unless someone saved
 * another since revision N (then it is refused, and nothing is written), and brings in the comments, done
 * marks and status changes of the file's review; a status change the workflow refuses is said on stderr and
 * ends in exit code 1 (the rest is saved).
 */
final class RepoEdit {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    RepoEdit(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int checkout(ReportRepository repository, RepoOptions options) throws UsageException, RepositoryException {
        if (options.output() == null) {
            throw new UsageException("missingArgument", "repo checkout", "-o FILE.nianbao");
        }
        ReportSummary report = RepoCommand.target(repository, options);
        Path file = Path.of(options.output());
        try {
            AtomicFiles.write(file, NativeFormat.toBytes(repository.checkout(report.id())));
        } catch (IOException e) {
            err.println(Failures.cannotWrite(file, e, text));
            return ExitCode.UNREADABLE;
        }
        out.println(text.get("repo.checkedOut", report.revisions(), report.agency(), Integer.toString(report.year()),
                file));
        return ExitCode.OK;
    }

    int save(ReportRepository repository, RepoOptions options) throws UsageException, RepositoryException {
        Path file = Path.of(options.single("FILE"));
        AnnualReport report;
        try {
            report = ReportReader.read(file).report();
        } catch (ImportException e) {
            err.println(text.get("cannotRead", file, text.pick(e.messageZh(), e.messageEn())));
            return ExitCode.UNREADABLE;
        }
        SavedFile result = repository.saveFile(report, options.author(), null,
                options.base() == null ? ReportRepository.ANY_REVISION : options.base());
        Revision saved = result.revision();
        out.println(text.get("repo.saved", saved.number(), report.getAgencyName().strip(),
                Integer.toString(report.getYear()), saved.chainHash().substring(0, 16)));
        CarriedReview carried = result.review();
        if (carried.changedAnything()) {
            out.println(text.get("repo.carried", carried.commentsAdded(), carried.commentsDone(),
                    carried.statusChanges()));
        }
        for (CarriedReview.RefusedStep step : carried.refused()) {
            err.println("nianbao: " + text.pick(step.messageZh(), step.messageEn()));
        }
        return carried.refused().isEmpty() ? ExitCode.OK : ExitCode.ERRORS_FOUND;
    }
}
