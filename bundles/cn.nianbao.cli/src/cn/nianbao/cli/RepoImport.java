package cn.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import cn.nianbao.store.BulkImport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

/** {@code nianbao repo import DIR|ZIP}: a counter on stderr, then what was imported, skipped and failed. */
final class RepoImport {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    RepoImport(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ReportRepository repository, RepoOptions options) throws UsageException, RepositoryException {
        Path source = Path.of(options.single("DIR or ZIP"));
        long[] lastShown = {0};
        BulkImport.Summary summary = BulkImport.run(repository, source, options.author(), (done, total, name) -> {
            long now = System.nanoTime();
            if (done == total || now - lastShown[0] > 200_000_000L) {
                lastShown[0] = now;
                err.print("\r" + text.get("repo.progress", done, total));
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        });
        for (String file : summary.skipped()) {
            out.println(text.get("repo.skipped", file));
        }
        for (BulkImport.Failure failure : summary.failed()) {
            out.println(text.get("repo.failed", failure.file(), text.pick(failure.messageZh(), failure.messageEn())));
        }
        for (BulkImport.Failure step : summary.refusedSteps()) {
            out.println(text.get("repo.failed", step.file(), text.pick(step.messageZh(), step.messageEn())));
        }
        out.println(text.get("repo.importSummary", String.valueOf(summary.imported().size()), String.valueOf(summary.skipped().size()),
                String.valueOf(summary.failed().size())));
        return summary.failed().isEmpty() && summary.refusedSteps().isEmpty() ? ExitCode.OK : ExitCode.ERRORS_FOUND;
    }
}
