package cn.nianbao.cli.intake;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The options of {@code nianbao intake --year Y [--region NAME] [--roster FILE [--unit-due MM-DD]
 * [--government-due MM-DD]] [--today YYYY-MM-DD] [--format text|csv|json] [-o OUT] [--data DIR]
 * [--repository ADDRESS] [--lang zh|en]}.
 */
record IntakeOptions(Integer year, String region, String roster, MonthDay unitDue, MonthDay governmentDue,
        LocalDate today, String format, String output, String data, String repository, String language) {

    /** A wrong command line: the message key and its argument. */
    static final class Wrong extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final String argument;

        Wrong(String key, String argument) {
            super(key);
            this.key = key;
            this.argument = argument;
        }
    }

    static IntakeOptions parse(List<String> args) throws Wrong {
        Integer year = null;
        String[] text = new String[7]; // region, roster, format, output, data, repository, language
        MonthDay unitDue = null;
        MonthDay governmentDue = null;
        LocalDate today = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--year" -> year = year(value(args, ++i, arg));
                case "--region" -> text[0] = value(args, ++i, arg);
                case "--roster" -> text[1] = value(args, ++i, arg);
                case "--unit-due" -> unitDue = monthDay(value(args, ++i, arg));
                case "--government-due" -> governmentDue = monthDay(value(args, ++i, arg));
                case "--today" -> today = date(value(args, ++i, arg));
                case "--format", "-f" -> text[2] = oneOf(value(args, ++i, arg), "text", "csv", "json");
                case "-o", "--output" -> text[3] = value(args, ++i, arg);
                case "--data" -> text[4] = value(args, ++i, arg);
                case "--repository" -> text[5] = value(args, ++i, arg);
                case "--lang" -> text[6] = oneOf(value(args, ++i, arg), "zh", "en");
                default -> throw new Wrong("intake.badOption", arg);
            }
        }
        if (year == null) {
            throw new Wrong("intake.usage", "--year");
        }
        return new IntakeOptions(year, text[0], text[1], unitDue, governmentDue,
                today == null ? LocalDate.now() : today, text[2] == null ? "text" : text[2], text[3], text[4],
                text[5], text[6]);
    }

    private static String value(List<String> args, int index, String option) throws Wrong {
        if (index >= args.size()) {
            throw new Wrong("intake.usage", option);
        }
        return args.get(index);
    }

    private static String oneOf(String value, String... allowed) throws Wrong {
        if (List.of(allowed).contains(value)) {
            return value;
        }
        throw new Wrong("intake.badOption", value);
    }

    private static int year(String text) throws Wrong {
        if (text.matches("\\d{4}")) {
            return Integer.parseInt(text);
        }
        throw new Wrong("intake.badOption", text);
    }

    private static MonthDay monthDay(String text) throws Wrong {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeParseException e) {
            throw new Wrong("intake.badDate", text);
        }
    }

    private static LocalDate date(String text) throws Wrong {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Wrong("intake.badDate", text);
        }
    }
}
