package cn.nianbao.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code nianbao repo SUBCOMMAND}: {@code --data DIR}, {@code --repository postgresql://...},
 * {@code --agency X}, {@code --year Y}, {@code --author NAME}, {@code --format F}, {@code -o OUT},
 * {@code --base N}, {@code --lang zh|en}; the rest are arguments.
 */
record RepoOptions(String subcommand, List<String> arguments, String data, String agency, Integer year,
        String author, String format, String output, String language, String repository, Integer base) {

    static RepoOptions parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("missingArgument", "repo",
                    "import|list|history|export|checkout|save|status|comment|member|verify|repair|chain-head|key|backup|restore");
        }
        List<String> arguments = new ArrayList<>();
        String data = null;
        String agency = null;
        Integer year = null;
        String author = null;
        String format = null;
        String output = null;
        String language = null;
        String repository = null;
        Integer base = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--data" -> data = value(args, ++i, arg);
                case "--repository" -> repository = value(args, ++i, arg);
                case "--base" -> base = revisionNumber(value(args, ++i, arg));
                case "--agency" -> agency = value(args, ++i, arg);
                case "--year" -> year = year("repo", value(args, ++i, arg));
                case "--author" -> author = value(args, ++i, arg);
                case "--format", "-f" -> format = value(args, ++i, arg);
                case "-o", "--output" -> output = value(args, ++i, arg);
                case "--lang" -> {
                    language = value(args, ++i, arg);
                    if (!"zh".equals(language) && !"en".equals(language)) {
                        throw new UsageException("badOption", "repo", language);
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("badOption", "repo", arg);
                    }
                    arguments.add(arg);
                }
            }
        }
        return new RepoOptions(args.get(0), arguments, data, agency, year, author, format, output, language,
                repository, base);
    }

    public String author() {
        return author != null ? author : System.getProperty("user.name", "nianbao");
    }

    String single(String what) throws UsageException {
        if (arguments.size() != 1) {
            throw new UsageException("missingArgument", "repo " + subcommand, what);
        }
        return arguments.get(0);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException("missingArgument", option, "a value");
        }
        return args.get(index);
    }

    private static Integer revisionNumber(String text) throws UsageException {
        try {
            int number = Integer.parseInt(text);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("badOption", "--base", text);
    }

    /** A report year, 1990…2999; else a usage error of the command. */
    static Integer year(String command, String text) throws UsageException {
        try {
            int year = Integer.parseInt(text);
            if (year >= 1990 && year <= 2999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("badOption", command, text);
    }
}
