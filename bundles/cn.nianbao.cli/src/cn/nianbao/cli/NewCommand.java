package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.RollForward;
import cn.nianbao.model.report.AnnualReport;

/**
 * {@code nianbao new --from LAST -o NEW.nianbao [--lang zh|en]}: next year's report started from last year's
 * (agency, level, year + 1, 上年结转 from 结转下年度继续办理, the rest blank), written as a Nianbao file.
 */
final class NewCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    NewCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(List<String> args) throws UsageException {
        String from = null;
        String output = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--from" -> from = value(args, ++i, "--from");
                case "-o", "--output" -> output = value(args, ++i, "-o");
                case "--lang" -> i++; // read by the dispatcher
                default -> throw new UsageException("badOption", "new", args.get(i));
            }
        }
        if (from == null) {
            throw new UsageException("missingArgument", "new", "--from LAST");
        }
        if (output == null) {
            throw new UsageException("missingArgument", "new", "-o NEW.nianbao");
        }
        AnnualReport lastYear;
        try {
            lastYear = read(Path.of(from));
        } catch (ImportException e) {
            err.println(text.get("cannotRead", from, text.pick(e.messageZh(), e.messageEn())));
            return ExitCode.UNREADABLE;
        } catch (IOException e) {
            err.println(text.get("cannotRead", from, e.getMessage()));
            return ExitCode.UNREADABLE;
        }
        AnnualReport next = RollForward.from(lastYear);
        try {
            NativeFormat.write(next, Path.of(output));
        } catch (IOException e) {
            err.println(text.get("cannotWrite", output, e.getMessage()));
            return ExitCode.UNREADABLE;
        }
        out.println(text.get("newWritten", output, next.getAgencyName(), next.getYear(), lastYear.getYear()));
        return ExitCode.OK;
    }

    private static AnnualReport read(Path file) throws IOException, ImportException {
        try (var in = Files.newInputStream(file)) {
            if (NativeFormat.looksNative(in.readNBytes(512))) {
                return NativeFormat.read(file);
            }
        }
        return ReportReader.read(file).report();
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException("missingArgument", option, "a value");
        }
        return args.get(index);
    }
}
