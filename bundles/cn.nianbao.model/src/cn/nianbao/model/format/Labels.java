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
    private static final String NUMBER_SEPARATORS = "、,.．";
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
        String common = commonForm(label);
        if (common != null) {
            return withNumberPoint(common);
        }
        // every reader normalises every label it meets: each pattern runs only where its characters occur
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
        if (hasWhitespace(text)) {
            text = withoutWhitespace(text);
        }
        if (hasAny(text, QUOTE_CHARS)) {
            text = QUOTES.matcher(text).replaceAll("\"");
        }
        if (hasAny(text, SINGLE_QUOTE_CHARS)) {
            text = SINGLE_QUOTES.matcher(text).replaceAll("'");
        }
        return withNumberPoint(text);
    }

    /*
     * The two below do by hand what a regex did ("[\\s\\u00A0\\u3000]+" removed, "^(\\d+)[、,.．]" made "$1."):
     * LBL-01 normalises every label of every report checked, and the matchers were most of its time.
     */

    /** The text without the characters of {@link #WHITESPACE}. */
    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The label normalised but for the numbering, worked out character by character, or null when it holds a
     * character outside what labels are made of (then the NFKC normaliser decides). LBL-01 normalises every
     * label of every report checked, and the normaliser was most of its time. Each character on its own:
     * ASCII and CJK unified ideographs and 、。 are their own NFKC form; full-width ASCII forms are the ASCII
     * character; none of these compose with a neighbour, so the NFKC form of the label is the forms of its
     * characters in turn; whitespace goes and quotes become straight, as {@link #normalize} does afterwards.
     */
    private static String commonForm(String label) {
        int n = label.length();
        char[] out = null;
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            char form;
            if (c > ' ' && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF || c == '、' || c == '。') {
                form = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                form = (char) (c - 0xFEE0);
            } else if (c == '“' || c == '”') {
                form = '"';
            } else if (c == '‘' || c == '’') {
                form = '\'';
            } else if (isWhitespace(c)) {
                form = 0;
            } else {
                return null;
            }
            if (form != c && out == null) {
                out = new char[n];
                label.getChars(0, i, out, 0);
                length = i;
            }
            if (out != null && form != 0) {
                out[length++] = form;
            }
        }
        return out == null ? label : new String(out, 0, length);
    }

    /** A leading number followed by "、", ",", "." or "．" written with ".": "1、" and "1．" read as "1.". */
    private static String withNumberPoint(String text) {
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits == text.length() || NUMBER_SEPARATORS.indexOf(text.charAt(digits)) < 0
                || text.charAt(digits) == '.') {
            return text;
        }
        return text.substring(0, digits) + '.' + text.substring(digits + 1);
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
            if (isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@link #WHITESPACE}: the ASCII whitespace of "\\s", the no-break space and the ideographic space. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u3000';
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
