package cn.nianbao.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options a command accepts: {@code --format X}, {@code -o OUT}, {@code --lang zh|en}, for check
 * {@code --previous FILE} (last year's report) and {@code --deadline YYYY-MM-DD} (a local publication
 * deadline) and {@code --published YYYY-MM-DD} (the publication date, for the deadline rules), for export
 * {@code --review-copy} (append the checks not accepted), for the hidden bench-check {@code --count N}; the rest are file names.
 */
record Options(String command, List<String> files, String format, String output, String language, String previous,
        LocalDate deadline, int count, LocalDate published, boolean reviewCopy) {

    private static final Set<String> FORMATS_OF_CHECK = Set.of("text", "json");
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    static Options parse(String command, List<String> args) throws UsageException {
        List<String> files = new ArrayList<>();
        String format = null;
        String output = null;
        String language = null;
        String previous = null;
        LocalDate deadline = null;
        int count = 0;
        LocalDate published = null;
        boolean reviewCopy = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--format", "-f" -> format = value(command, args, ++i, "--format");
                case "-o", "--output" -> output = value(command, args, ++i, "-o");
                case "--previous", "-p" -> previous = value(command, args, ++i, "--previous");
                case "--deadline" -> deadline = date(command, value(command, args, ++i, "--deadline"));
                case "--published" -> published = date(command, value(command, args, ++i, "--published"));
                case "--review-copy" -> reviewCopy = true;
                case "--count" -> count = number(command, value(command, args, ++i, "--count"));
                case "--lang" -> {
                    language = value(command, args, ++i, "--lang");
                    if (!LANGUAGES.contains(language)) {
                        throw new UsageException("badOption", command, language);
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("badOption", command, arg);
                    }
                    files.add(arg);
                }
            }
        }
        if (("check".equals(command) || "rules".equals(command)) && format != null && !FORMATS_OF_CHECK.contains(format)) {
            throw new UsageException("badOption", command, format);
        }
        return new Options(command, files, format, output, language, previous, deadline, count, published, reviewCopy);
    }

    private static String value(String command, List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException("missingArgument", option, "a value");
        }
        return args.get(index);
    }

    private static LocalDate date(String command, String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("badOption", command, text);
        }
    }

    private static int number(String command, String text) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("badOption", command, text);
    }

    boolean json() {
        return "json".equals(format);
    }
}
