package cn.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.store.ChainHead;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.Problem;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.VerifyResult;

/**
 * {@code nianbao repo import|list|history|export|checkout|save|status|comment|member|verify|repair|chain-head|key|backup|restore}:
 * the report repository of the data folder ({@code --data DIR}, else NIANBAO_DATA, else the user's data
 * folder), or a team's on a PostgreSQL server ({@code --repository postgresql://...}, see {@link Repositories}).
 * A repository that cannot be opened (in use, damaged, newer, server unreachable) or a save refused because
 * someone else saved first is one line on stderr with the way out, and exit code 2.
 */
final class RepoCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText defaultText;

    RepoCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.defaultText = text;
    }

    int run(List<String> args) throws UsageException {
        // only the workflow subcommands take the workflow options; elsewhere they stay unknown options
        boolean workflowCommand = !args.isEmpty() && List.of("status", "comment").contains(args.get(0));
        WorkflowArgs workflow = workflowCommand ? WorkflowArgs.extract(args) : null;
        RepoOptions options = RepoOptions.parse(workflowCommand ? workflow.rest() : args);
        CliText text = options.language() == null ? defaultText : CliText.forLanguage(options.language());
        Path data = DataFolder.resolve(options.data());
        try {
            if ("restore".equals(options.subcommand()) && Repositories.server(options.repository())) {
                throw new UsageException("repo.noServerRestore");
            }
            if ("restore".equals(options.subcommand())) {
                Path aside = ReportRepository.restore(data, Path.of(options.single("BACKUP.zip")));
                out.println(text.get("repo.restored", data, aside.getFileName()));
                return ExitCode.OK;
            }
            try (ReportRepository repository = Repositories.open(data, options.repository())) {
                return switch (options.subcommand()) {
                    case "import" -> new RepoImport(out, err, text).run(repository, options);
                    case "list" -> list(repository, options, text);
                    case "history" -> history(repository, options, text);
                    case "export" -> new RepoExport(out, err, text).run(repository, options);
                    case "checkout" -> new RepoEdit(out, err, text).checkout(repository, options);
                    case "save" -> new RepoEdit(out, err, text).save(repository, options);
                    case "status" -> new RepoWorkflow(out, text).status(repository, options, workflow);
                    case "comment" -> new RepoWorkflow(out, text).comment(repository, options, workflow);
                    case "member" -> new RepoMembers(out, text).run(repository, options);
                    case "verify" -> verify(repository, text);
                    case "repair" -> repair(repository, text);
                    case "chain-head" -> {
                        ChainHead head = repository.chainHead();
                        out.println(head.head() + " " + head.lastRevision() + " " + head.mode());
                        yield ExitCode.OK;
                    }
                    case "key" -> {
                        out.println(text.get("repo.keyEnabled", repository.enableKey()));
                        yield ExitCode.OK;
                    }
                    case "backup" -> {
                        repository.backup(Path.of(options.single("FILE.zip")));
                        out.println(text.get("exported", options.arguments().get(0)));
                        yield ExitCode.OK;
                    }
                    default -> throw new UsageException("unknownCommand", "repo " + options.subcommand());
                };
            }
        } catch (RepositoryException e) {
            // H2 says a full disk as "Writing to sun.nio.ch.FileChannelImpl@… failed"; the cause says what it is
            err.println(Failures.diskFull(e) ? text.get("diskFull", data)
                    : "nianbao: " + text.pick(e.messageZh(), e.messageEn()));
            return ExitCode.UNREADABLE;
        }
    }

    private int list(ReportRepository repository, RepoOptions options, CliText text) throws RepositoryException {
        for (ReportSummary r : repository.list(options.agency(), options.year())) {
            out.println(line(r, text));
        }
        return ExitCode.OK;
    }

    static String line(ReportSummary r, CliText text) {
        return text.get("repo.listLine", Long.toString(r.id()), Integer.toString(r.year()),
                text.pick(r.status().labelZh(), r.status().name()), r.revisions(), r.template(), r.agency());
    }

    private int history(ReportRepository repository, RepoOptions options, CliText text)
            throws RepositoryException, UsageException {
        ReportSummary report = target(repository, options);
        out.println(line(report, text));
        for (Revision v : repository.history(report.id())) {
            out.println(text.get("repo.historyLine", v.number(), v.savedAt().toString(), v.author(),
                    v.chainHash().substring(0, 16), v.sourceFile() == null ? "" : v.sourceFile()));
        }
        return ExitCode.OK;
    }

    /** The report named by id (history 12) or by --agency X --year Y. */
    static ReportSummary target(ReportRepository repository, RepoOptions options)
            throws RepositoryException, UsageException {
        if (options.arguments().isEmpty() && options.agency() != null && options.year() != null) {
            return repository.find(options.agency(), options.year())
                    .orElseThrow(() -> new UsageException("repo.noReport", options.agency() + " " + options.year()));
        }
        return byId(repository, options.single("REPORT (an id from repo list, or --agency X --year Y)"));
    }

    static ReportSummary byId(ReportRepository repository, String id) throws RepositoryException, UsageException {
        try {
            return repository.report(Long.parseLong(id)).orElseThrow(() -> new UsageException("repo.noReport", id));
        } catch (NumberFormatException e) {
            throw new UsageException("badOption", "repo", id);
        }
    }

    private int repair(ReportRepository repository, CliText text) throws RepositoryException {
        java.util.SortedSet<Integer> years = repository.repair();
        out.println(years.isEmpty() ? text.get("repo.repairedNothing") : text.get("repo.repaired", years));
        return ExitCode.OK;
    }

    private int verify(ReportRepository repository, CliText text) throws RepositoryException {
        VerifyResult result = repository.verify();
        for (Problem p : result.problems()) {
            out.println(text.pick(p.messageZh(), p.messageEn()));
        }
        out.println(text.get(result.ok() ? "repo.verifyOk" : "repo.verifyFailed", result.reports(),
                result.revisions(), result.problems().size()));
        return result.ok() ? ExitCode.OK : ExitCode.ERRORS_FOUND;
    }
}
