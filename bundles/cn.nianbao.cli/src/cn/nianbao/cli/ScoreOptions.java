package cn.nianbao.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code nianbao score}: {@code --sheet PACK|NAME}, {@code --format text|csv|json},
 * {@code -o OUT} (.docx or .xlsx: the 通报; else the chosen format), {@code --lang zh|en}, and for the
 * repository {@code --year Y [--region CODE] [--data DIR] [--repository postgresql://…]}; the rest are report
 * files or folders.
 */
record ScoreOptions(List<String> files, String sheet, String format, String output, String language, String data,
        String repository, Integer year, String region) {

    static ScoreOptions parse(List<String> args) throws UsageException {
        List<String> files = new ArrayList<>();
        String[] text = new String[7]; // sheet, format, output, language, data, repository, region
        Integer year = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--sheet" -> text[0] = value(args, ++i, arg);
                case "--format", "-f" -> text[1] = oneOf(value(args, ++i, arg), "text", "csv", "json");
                case "-o", "--output" -> text[2] = value(args, ++i, arg);
                case "--lang" -> text[3] = oneOf(value(args, ++i, arg), "zh", "en");
                case "--data" -> text[4] = value(args, ++i, arg);
                case "--repository" -> text[5] = value(args, ++i, arg);
                case "--region" -> text[6] = value(args, ++i, arg);
                case "--year" -> year = RepoOptions.year("score", value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("badOption", "score", arg);
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty() && year == null) {
            throw new UsageException("missingArgument", "score", "FILE|DIR... or --year Y");
        }
        return new ScoreOptions(files, text[0], text[1] == null ? "text" : text[1], text[2], text[3], text[4], text[5],
                year, text[6]);
    }

    private static String oneOf(String value, String... allowed) throws UsageException {
        if (List.of(allowed).contains(value)) {
            return value;
        }
        throw new UsageException("badOption", "score", value);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException("missingArgument", option, "a value");
        }
        return args.get(index);
    }
}
