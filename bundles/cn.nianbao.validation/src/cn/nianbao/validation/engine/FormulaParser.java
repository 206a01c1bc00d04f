package cn.nianbao.validation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the identities the catalogue writes, e.g. {@code R01 + R02 = R24 + R25}, {@code C7 = C1..C6},
 * {@code R24 <= R01 + R02}. Grammar: side relation side; side = ["-"] term (("+"|"-") term)*;
 * term = ["PREV."] id [".." id]; relation = "=" | "<=" | ">=" (or ≤ ≥). {@code PREV.} reads the same cells
 * in last year's report, e.g. {@code R02 = PREV.R25}.
 */
public final class FormulaParser {

    /** The prefix of a term that reads last year's report. */
    public static final String PREVIOUS = "PREV.";

    private static final Pattern TOKEN = Pattern.compile("\\s*(PREV\\.|<=|>=|==|\\.\\.|[=≤≥+\\-]|[A-Za-z0-9_/]+)");

    private List<String> tokens;
    private int position;

    public static Formula parse(String text) {
        return new FormulaParser().run(text);
    }

    private Formula run(String text) {
        tokens = tokenize(text);
        position = 0;
        List<Term> left = side(text);
        if (position >= tokens.size()) {
            throw error(text, "no relation");
        }
        Relation relation = Relation.parse(tokens.get(position++));
        List<Term> right = side(text);
        if (position != tokens.size()) {
            throw error(text, "unexpected " + tokens.get(position));
        }
        return new Formula(left, relation, right);
    }

    private List<Term> side(String text) {
        List<Term> terms = new ArrayList<>();
        boolean negative = accept("-");
        terms.add(term(text, negative));
        while (position < tokens.size() && (peek("+") || peek("-"))) {
            negative = tokens.get(position++).equals("-");
            terms.add(term(text, negative));
        }
        return terms;
    }

    private Term term(String text, boolean negative) {
        boolean previous = accept(PREVIOUS);
        String first = id(text);
        String last = accept("..") ? id(text) : null;
        return new Term(negative, first, last, previous);
    }

    private String id(String text) {
        if (position >= tokens.size() || !Character.isLetterOrDigit(tokens.get(position).charAt(0))) {
            throw error(text, "id expected at token " + position);
        }
        return tokens.get(position++);
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }

    private boolean accept(String token) {
        if (peek(token)) {
            position++;
            return true;
        }
        return false;
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int end = 0;
        while (matcher.lookingAt()) {
            tokens.add(matcher.group(1));
            end = matcher.end();
            matcher.region(end, text.length());
        }
        if (!text.substring(end).isBlank()) {
            throw error(text, "cannot read from \"" + text.substring(end).strip() + "\"");
        }
        return tokens;
    }

    private static IllegalArgumentException error(String text, String why) {
        return new IllegalArgumentException("formula \"" + text + "\": " + why);
    }
}
