package cn.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options of the review commands: {@code compare A B [--format text|json|html] [--threshold P]
 * [--min-delta N] [-o OUT]}, {@code rollup FILE... -o OUT [--data DIR --year Y [--region CODE | --roster REGION
 * [--set local|region]]]},
 * {@code trend --agency X [--data DIR] [--format csv|png|svg] [-o OUT] [FILE...]},
 * {@code copies --year Y [--region CODE] [--data DIR] [--repository ADDRESS] [--format text|csv|json] [-o OUT]
 * | copies FILE|DIR... [--year Y]}, each with
 * {@code --lang zh|en}; the rest are file names.
 */
record ReviewOptions(String command, List<String> files, String format, String output, String language, String data,
        String agency, Integer year, String region, Double threshold, Integer minimumDelta, String repository,
        String roster, String memberSet) {

    static final Set<String> COMMANDS = Set.of("compare", "rollup", "trend", "copies");

    static ReviewOptions parse(String command, List<String> args) throws UsageException {
        List<String> files = new ArrayList<>();
        String[] text = new String[9]; // format, output, language, data, agency, region, repository, roster, member set
        Integer year = null;
        Double threshold = null;
        Integer minimum = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--format", "-f" -> text[0] = value(args, ++i, arg);
                case "-o", "--output" -> text[1] = value(args, ++i, arg);
                case "--lang" -> text[2] = oneOf(command, value(args, ++i, arg), "zh", "en");
                case "--data" -> text[3] = value(args, ++i, arg);
                case "--agency" -> text[4] = value(args, ++i, arg);
                case "--region" -> text[5] = value(args, ++i, arg);
                case "--repository" -> text[6] = value(args, ++i, arg);
                case "--roster" -> text[7] = value(args, ++i, arg);
                case "--set" -> text[8] = oneOf(command, value(args, ++i, arg), "local", "region");
                case "--year" -> year = (int) number(command, value(args, ++i, arg), 1990, 2999);
                case "--threshold" -> threshold = number(command, value(args, ++i, arg), 0, 1_000_000);
                case "--min-delta" -> minimum = (int) number(command, value(args, ++i, arg), 0, Integer.MAX_VALUE);
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("badOption", command, arg);
                    }
                    files.add(arg);
                }
            }
        }
        return new ReviewOptions(command, files, text[0], text[1], text[2], text[3], text[4], year, text[5], threshold,
                minimum, text[6], text[7], text[8]);
    }

    String format(String fallback, String... allowed) throws UsageException {
        String chosen = format == null ? fallback : format;
        return oneOf(command, chosen, allowed);
    }

    private static String oneOf(String command, String value, String... allowed) throws UsageException {
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new UsageException("badOption", command, value);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException("missingArgument", option, "a value");
        }
        return args.get(index);
    }

    private static double number(String command, String text, double min, double max) throws UsageException {
        try {
            double n = Double.parseDouble(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("badOption", command, text);
    }
}
