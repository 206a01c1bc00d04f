package cn.nianbao.model.format;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One normalisation of labels for every reader and for LBL-01 (format.md §10): full- and half-width
 * forms, whitespace and line breaks inside labels, "1、" and "1." numbering, curly and straight quotes.
 * Two labels mean the same text when their normalised forms are equal.
 */
public final class Labels {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern LEADING_NUMBER_COMMA = Pattern.compile("^(\\d+)[、,.．]");
    private static final Pattern QUOTES = Pattern.compile("[“”„‟\"＂]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’']");
    private static final String QUOTE_CHARS = "“”„‟\"＂";
    private static final String SINGLE_QUOTE_CHARS = "‘’'";

    private Labels() {
    }

    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        // every reader normalises every label it meets: each pattern runs only where its characters occur
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
        if (hasWhitespace(text)) {
            text = WHITESPACE.matcher(text).replaceAll("");
        }
        if (hasAny(text, QUOTE_CHARS)) {
            text = QUOTES.matcher(text).replaceAll("\"");
        }
        if (hasAny(text, SINGLE_QUOTE_CHARS)) {
            text = SINGLE_QUOTES.matcher(text).replaceAll("'");
        }
        if (!text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
            text = LEADING_NUMBER_COMMA.matcher(text).replaceFirst("$1.");
        }
        return text;
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** Collapses runs of whitespace to one space and trims: a label as printed, for messages. */
    public static String printed(String label) {
        if (label == null) {
            return "";
        }
        return hasWhitespace(label) ? WHITESPACE.matcher(label).replaceAll(" ").trim() : label.trim();
    }

    /** Whether the text holds a character of {@link #WHITESPACE}. */
    private static boolean hasWhitespace(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
