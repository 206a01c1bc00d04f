package cn.nianbao.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import cn.nianbao.cli.accept.AcceptCommand;
import cn.nianbao.cli.intake.IntakeCommand;

/** Dispatches {@code nianbao COMMAND ...} to the command classes and turns usage errors into exit code 2. */
public final class NianbaoCommandLine {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    public NianbaoCommandLine(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    /**
     * Runs one command. Whatever goes wrong unexpectedly ends in exit code 4 with one line in the user's
     * language and the detail in the log, never in a stack trace and never in a silent exit 0.
     */
    public int run(String[] args) {
        try (LibraryLog.Diversion diversion = LibraryLog.divert()) {
            return dispatch(args);
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            return internalError(args, e);
        }
    }

    private int internalError(String[] args, Throwable failure) {
        java.nio.file.Path log = CrashLog.record(args, failure);
        if (Failures.diskFull(failure)) {
            err.println(text.get("diskFull", log == null ? "-" : log.getParent()));
        } else {
            err.println(text.get("internalError", log == null ? text.get("internalError.noLog") : log));
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    private int dispatch(String[] args) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0]) || "help".equals(args[0])) {
            out.println(text.get("usage"));
            return ExitCode.OK;
        }
        if ("--version".equals(args[0])) {
            out.println("nianbao " + Version.current());
            return ExitCode.OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        InstalledTemplates.register(err, languageOf(rest));
        try {
            if ("repo".equals(args[0])) { // repo parses its own options (--data, --agency, --year, ...)
                return new RepoCommand(out, err, text).run(rest);
            }
            if ("accept".equals(args[0])) { // accept parses its own options and has its own texts
                return new AcceptCommand(out, err, languageOf(rest).chinese()).run(rest);
            }
            if ("intake".equals(args[0])) { // intake parses its own options and has its own texts
                return new IntakeCommand(out, err, languageOf(rest).chinese()).run(rest);
            }
            if ("new".equals(args[0])) { // new parses its own options (--from)
                return new NewCommand(out, err, languageOf(rest)).run(rest);
            }
            if ("score".equals(args[0])) { // score parses its own options (--sheet, --repository, ...)
                ScoreOptions options = ScoreOptions.parse(rest);
                return new ScoreCommand(out, err, options.language() == null ? text
                        : CliText.forLanguage(options.language())).run(options);
            }
            if ("status".equals(args[0])) { // the workflow on files parses its own options
                return new FileWorkflowCommand(out, err, languageOf(rest)).status(rest);
            }
            if ("comment".equals(args[0])) {
                return new FileWorkflowCommand(out, err, languageOf(rest)).comment(rest);
            }
            if (ReviewOptions.COMMANDS.contains(args[0])) { // compare, rollup, trend, copies parse their own options
                return review(args[0], ReviewOptions.parse(args[0], rest));
            }
            Options options = Options.parse(args[0], rest);
            CliText language = options.language() == null ? text : CliText.forLanguage(options.language());
            return switch (args[0]) {
                case "check" -> new CheckCommand(out, err, language).run(options);
                case "export" -> new ExportCommand(out, err, language).run(options);
                case "fetch" -> new FetchCommand(out, err, language).run(options);
                case "rules" -> new RulesCommand(out, language).run(options);
                case "bench-check" -> new BenchCommand(out, err).run(options);
                default -> usageError(text.get("unknownCommand", args[0]));
            };
        } catch (UsageException e) {
            return usageError(text.get(e.key(), e.arguments()));
        }
    }

    private int review(String command, ReviewOptions options) throws UsageException {
        CliText language = options.language() == null ? text : CliText.forLanguage(options.language());
        return switch (command) {
            case "compare" -> new CompareCommand(out, err, language).run(options);
            case "rollup" -> new RollupCommand(out, err, language).run(options);
            case "copies" -> new CopiesCommand(out, err, language).run(options);
            default -> new TrendCommand(out, err, language).run(options);
        };
    }

    private CliText languageOf(List<String> args) {
        int lang = args.indexOf("--lang");
        return lang >= 0 && lang + 1 < args.size() && List.of("zh", "en").contains(args.get(lang + 1))
                ? CliText.forLanguage(args.get(lang + 1)) : text;
    }

    private int usageError(String message) {
        err.println(message);
        return ExitCode.UNREADABLE;
    }
}
