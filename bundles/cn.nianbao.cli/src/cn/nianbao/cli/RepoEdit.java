package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;

/**
 * Editing through the repository from the command line, the way a workbench does it: {@code repo checkout}
 * writes the current revision to a file and says its number, {@code repo save FILE --base N} saves the file
 * as the next revision unless someone saved another since revision N (then it is refused, and nothing is
 * written).
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
            AtomicFiles.write(file, NativeFormat.toBytes(repository.load(report.currentRevision())));
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
        Revision saved = options.base() == null ? repository.saveRevision(report, options.author(), null)
                : repository.saveRevision(report, options.author(), null, options.base());
        out.println(text.get("repo.saved", saved.number(), report.getAgencyName().strip(),
                Integer.toString(report.getYear()), saved.chainHash().substring(0, 16)));
        return ExitCode.OK;
    }
}
