package cn.nianbao.cli;

import java.io.PrintStream;
import java.util.List;

import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.StatusLogEntry;

/**
 * The workflow in the repository: {@code repo status REPORT [STATUS] [--comment TEXT]} shows or changes a
 * report's status (who is {@code --author}), {@code repo comment add|list|done REPORT ...} works on its
 * comments; REPORT is an id from {@code repo list}, or {@code --agency X --year Y} in its place.
 */
final class RepoWorkflow {

    private final PrintStream out;
    private final CliText text;
    private final WorkflowLines lines;

    RepoWorkflow(PrintStream out, CliText text) {
        this.out = out;
        this.text = text;
        this.lines = new WorkflowLines(text);
    }

    int status(ReportRepository repository, RepoOptions options, WorkflowArgs workflow)
            throws UsageException, RepositoryException {
        Target target = Target.of(repository, options, 0);
        if (target.rest().size() > 1) {
            throw new UsageException("missingArgument", "repo status", "REPORT [STATUS]");
        }
        ReportSummary report = target.report();
        if (target.rest().isEmpty()) {
            out.println(text.get("wf.statusLine", report.agency(), Integer.toString(report.year()),
                    lines.status(report.status()), repository.returnRounds(report.id()), open(repository, report)));
            for (StatusLogEntry e : repository.statusLog(report.id())) {
                out.println(lines.change(e.sequence(), e.from(), e.to(), e.author(), e.changedAt(), e.comment(),
                        e.returnRound()));
            }
            return ExitCode.OK;
        }
        ReportStatus to = status(target.rest().get(0));
        repository.changeStatus(report.id(), to, options.author(), workflow.comment());
        out.println(text.get("wf.statusChanged", report.agency(), Integer.toString(report.year()),
                lines.status(report.status()), lines.status(to), repository.returnRounds(report.id()),
                open(repository, report)));
        return ExitCode.OK;
    }

    int comment(ReportRepository repository, RepoOptions options, WorkflowArgs workflow)
            throws UsageException, RepositoryException {
        if (options.arguments().isEmpty()) {
            throw new UsageException("missingArgument", "repo comment", "add|list|done REPORT ...");
        }
        Target target = Target.of(repository, options, 1);
        ReportSummary report = target.report();
        List<String> rest = target.rest();
        switch (options.arguments().get(0)) {
            case "list" -> {
                List<ReviewComment> comments = repository.comments(report.id());
                if (comments.isEmpty()) {
                    out.println(text.get("wf.noComments"));
                }
                comments.forEach(c -> out.println(lines.comment(c)));
            }
            case "add" -> {
                if (rest.size() != 1) {
                    throw new UsageException("missingArgument", "repo comment add", "REPORT TEXT");
                }
                ReviewComment anchored = workflow.comment(rest.get(0), repository.load(report.currentRevision()));
                ReviewComment added = repository.addComment(report.id(), anchored, options.author());
                out.println(text.get("wf.commentAdded", added.getNumber(), CommentAnchors.ids(added),
                        added.getReturnRound()));
            }
            case "done" -> {
                int number = number(List.of("done", "REPORT", rest.isEmpty() ? "" : rest.get(0)));
                repository.markDone(report.id(), number, workflow.reopen() ? null : options.author());
                out.println(text.get(workflow.reopen() ? "wf.commentReopened" : "wf.commentDone", number));
            }
            default -> throw new UsageException("badOption", "repo comment", options.arguments().get(0));
        }
        return ExitCode.OK;
    }

    private static long open(ReportRepository repository, ReportSummary report) throws RepositoryException {
        return repository.comments(report.id()).stream().filter(c -> c.getDoneBy() == null).count();
    }

    /** A status as typed: an id, a label (起草 … 已发布) or an old word (FINAL, 已定稿). */
    static ReportStatus status(String word) throws UsageException {
        return ReportStatus.parse(word).orElseThrow(() -> new UsageException("wf.badStatus", word));
    }

    /** The comment number of {@code done FILE N}. */
    static int number(List<String> values) throws UsageException {
        if (values.size() != 3) {
            throw new UsageException("missingArgument", "comment done", "N");
        }
        try {
            int n = Integer.parseInt(values.get(2));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("badOption", "comment done", values.get(2));
    }

    /** The report named after {@code skip} leading arguments (an id, or --agency/--year), and what follows it. */
    private record Target(ReportSummary report, List<String> rest) {

        static Target of(ReportRepository repository, RepoOptions options, int skip)
                throws UsageException, RepositoryException {
            List<String> args = options.arguments().subList(skip, options.arguments().size());
            if (options.agency() != null && options.year() != null) {
                ReportSummary report = repository.find(options.agency(), options.year()).orElseThrow(
                        () -> new UsageException("repo.noReport", options.agency() + " " + options.year()));
                return new Target(report, args);
            }
            if (args.isEmpty()) {
                throw new UsageException("missingArgument", "repo " + options.subcommand(),
                        "REPORT (an id from repo list, or --agency X --year Y)");
            }
            return new Target(RepoCommand.byId(repository, args.get(0)), args.subList(1, args.size()));
        }
    }
}
