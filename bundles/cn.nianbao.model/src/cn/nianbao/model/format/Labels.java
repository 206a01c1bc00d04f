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

    private Labels() {
    }

    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
        text = WHITESPACE.matcher(text).replaceAll("");
        text = QUOTES.matcher(text).replaceAll("\"");
        text = SINGLE_QUOTES.matcher(text).replaceAll("'");
        text = LEADING_NUMBER_COMMA.matcher(text).replaceFirst("$1.");
        return text;
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** Collapses runs of whitespace to one space and trims: a label as printed, for messages. */
    public static String printed(String label) {
        return label == null ? "" : WHITESPACE.matcher(label).replaceAll(" ").trim();
    }
}
