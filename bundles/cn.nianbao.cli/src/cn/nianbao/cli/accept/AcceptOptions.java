package cn.nianbao.cli.accept;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;

/**
 * {@code accept FILE RULE [--cell TABLE/ROW/COLUMN ...] --reason TEXT [--author NAME] [-o OUT] [--lang zh|en]}
 * and {@code accept --revoke FILE RULE [--cell ...] [-o OUT]}, parsed; a wrong line is an
 * {@link IllegalArgumentException} whose message is the key of the text that says what is wrong.
 */
record AcceptOptions(String file, String rule, List<CellAddress> cells, String reason, String author, String output,
        boolean revoke) {

    /** A cell as docs/ids.md writes it, e.g. T3/R01/C2. */
    private static final Pattern CELL = Pattern.compile("([^/\\s]+)/([^/\\s]+)/([^/\\s]+)");

    static AcceptOptions parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        List<CellAddress> cells = new ArrayList<>();
        String reason = null;
        String author = null;
        String output = null;
        boolean revoke = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--revoke" -> revoke = true;
                case "--cell" -> cells.add(cell(value(args, ++i)));
                case "--reason" -> reason = value(args, ++i);
                case "--author" -> author = value(args, ++i);
                case "-o", "--output" -> output = value(args, ++i);
                case "--lang" -> value(args, ++i); // read by the dispatcher
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new Refusal("accept.badOption", arg);
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() != 2) {
            throw new Refusal("accept.usage");
        }
        if (!revoke && (reason == null || reason.isBlank())) {
            throw new Refusal("accept.noReason");
        }
        if (author == null || author.isBlank()) {
            author = System.getProperty("user.name");
        }
        return new AcceptOptions(positional.get(0), positional.get(1), List.copyOf(cells), reason, author, output, revoke);
    }

    private static CellAddress cell(String text) {
        Matcher matcher = CELL.matcher(text.strip());
        if (!matcher.matches()) {
            throw new Refusal("accept.badCell", text);
        }
        return new CellAddress(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    private static String value(List<String> args, int index) {
        if (index >= args.size()) {
            throw new Refusal("accept.usage");
        }
        return args.get(index);
    }

    /** A command line or a request that cannot be carried out; the key and arguments of the text saying why. */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Object[] arguments;

        Refusal(String key, Object... arguments) {
            super(key);
            this.arguments = arguments;
        }

        Object[] arguments() {
            return arguments;
        }
    }
}
