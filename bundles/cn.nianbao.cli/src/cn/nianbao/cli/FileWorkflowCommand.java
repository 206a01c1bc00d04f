package cn.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.model.report.StatusChange;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RepositoryException;

/**
 * The workflow on files, for reports that travel by USB stick or e-mail (docs/cli.md):
 * {@code nianbao status FILE [STATUS] [--author NAME] [--comment TEXT]} and
 * {@code nianbao comment add|list|done FILE ...}. The status, its changes and the comments are kept in the
 * {@code .nianbao} file, which is written back in place (atomically). Exit 0: done; 2: the file could not be
 * read or written, the command line is wrong, or the workflow does not allow the step (the message says
 * which steps it allows).
 */
final class FileWorkflowCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;
    private final WorkflowLines lines;

    FileWorkflowCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
        this.lines = new WorkflowLines(text);
    }

    int status(List<String> args) throws UsageException {
        WorkflowArgs options = WorkflowArgs.extract(args);
        Positional p = Positional.of(options.rest(), "status");
        if (p.values().isEmpty() || p.values().size() > 2) {
            throw new UsageException("missingArgument", "status", "FILE.nianbao [STATUS]");
        }
        Path file = Path.of(p.values().get(0));
        AnnualReport report = read(file);
        if (report == null) {
            return ExitCode.UNREADABLE;
        }
        if (p.values().size() == 1) {
            printStatus(report);
            return ExitCode.OK;
        }
        ReportStatus to = RepoWorkflow.status(p.values().get(1));
        ReportStatus from = FileWorkflow.status(report);
        try {
            FileWorkflow.changeStatus(report, to, p.author(), options.comment());
        } catch (RepositoryException e) {
            err.println("nianbao: " + text.pick(e.messageZh(), e.messageEn()));
            return ExitCode.UNREADABLE;
        }
        if (!write(file, report)) {
            return ExitCode.UNREADABLE;
        }
        out.println(text.get("wf.statusChanged", name(report), Integer.toString(report.getYear()), lines.status(from),
                lines.status(to), FileWorkflow.returnRounds(report), open(report)));
        return ExitCode.OK;
    }

    int comment(List<String> args) throws UsageException {
        WorkflowArgs options = WorkflowArgs.extract(args);
        Positional p = Positional.of(options.rest(), "comment");
        List<String> values = p.values();
        if (values.size() < 2) {
            throw new UsageException("missingArgument", "comment", "add|list|done FILE.nianbao ...");
        }
        Path file = Path.of(values.get(1));
        AnnualReport report = read(file);
        if (report == null) {
            return ExitCode.UNREADABLE;
        }
        switch (values.get(0)) {
            case "list" -> {
                list(FileWorkflow.comments(report));
                return ExitCode.OK;
            }
            case "add" -> {
                if (values.size() != 3) {
                    throw new UsageException("missingArgument", "comment add", "FILE.nianbao TEXT");
                }
                ReviewComment added = FileWorkflow.addComment(report, options.comment(values.get(2), report), p.author());
                if (!write(file, report)) {
                    return ExitCode.UNREADABLE;
                }
                out.println(text.get("wf.commentAdded", added.getNumber(), CommentAnchors.ids(added),
                        added.getReturnRound()));
                return ExitCode.OK;
            }
            case "done" -> {
                int number = RepoWorkflow.number(values);
                try {
                    FileWorkflow.markDone(report, number, options.reopen() ? null : p.author());
                } catch (RepositoryException e) {
                    err.println("nianbao: " + text.pick(e.messageZh(), e.messageEn()));
                    return ExitCode.UNREADABLE;
                }
                if (!write(file, report)) {
                    return ExitCode.UNREADABLE;
                }
                out.println(text.get(options.reopen() ? "wf.commentReopened" : "wf.commentDone", number));
                return ExitCode.OK;
            }
            default -> throw new UsageException("badOption", "comment", values.get(0));
        }
    }

    private void printStatus(AnnualReport report) {
        out.println(text.get("wf.statusLine", name(report), Integer.toString(report.getYear()),
                lines.status(FileWorkflow.status(report)), FileWorkflow.returnRounds(report), open(report)));
        int sequence = 1;
        for (StatusChange c : FileWorkflow.log(report)) {
            out.println(lines.change(sequence++, ReportStatus.parse(c.getFromStatus()).orElse(ReportStatus.DRAFT),
                    ReportStatus.parse(c.getToStatus()).orElse(ReportStatus.DRAFT), c.getAuthor(),
                    WorkflowLines.instant(c.getDate()), c.getComment(), c.getReturnRound()));
        }
    }

    private void list(List<ReviewComment> comments) {
        if (comments.isEmpty()) {
            out.println(text.get("wf.noComments"));
        }
        for (ReviewComment c : comments) {
            out.println(lines.comment(c));
        }
    }

    private static long open(AnnualReport report) {
        return FileWorkflow.comments(report).stream().filter(c -> c.getDoneBy() == null).count();
    }

    /** The report of a Nianbao file, or null after saying why it cannot be used. */
    private AnnualReport read(Path file) {
        AnnualReport report;
        try {
            report = ReportReader.read(file).report();
        } catch (ImportException e) {
            err.println(text.get("cannotRead", file, text.pick(e.messageZh(), e.messageEn())));
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (NativeFormat.looksNative(in.readNBytes(512))) {
                return report;
            }
        } catch (IOException e) {
            err.println(text.get("cannotRead", file, Failures.whyNotWritten(e, text)));
            return null;
        }
        err.println(text.get("wf.notNative", file));
        return null;
    }

    private boolean write(Path file, AnnualReport report) {
        try {
            AtomicFiles.write(file, NativeFormat.toBytes(report));
            return true;
        } catch (IOException e) {
            err.println(Failures.cannotWrite(file, e, text));
            return false;
        }
    }

    private static String name(AnnualReport report) {
        return report.getAgencyName() == null ? "" : report.getAgencyName().strip();
    }

    /** The positional arguments and {@code --author NAME} ({@code --lang} is read by the dispatcher). */
    record Positional(List<String> values, String author) {

        static Positional of(List<String> args, String command) throws UsageException {
            List<String> values = new ArrayList<>();
            String author = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--author") || arg.equals("--lang")) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("missingArgument", arg, "a value");
                    }
                    author = arg.equals("--author") ? args.get(i + 1) : author;
                    i++;
                } else if (arg.startsWith("--")) {
                    throw new UsageException("badOption", command, arg);
                } else {
                    values.add(arg);
                }
            }
            return new Positional(values, author != null ? author : System.getProperty("user.name", "nianbao"));
        }
    }
}
