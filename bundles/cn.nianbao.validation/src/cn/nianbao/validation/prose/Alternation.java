package cn.nianbao.validation.prose;

import java.util.ArrayList;
import java.util.List;

/**
 * A regular expression that is nothing but words separated by '|', where a character may be made optional
 * by '?' ("上一?年度?结转|去年结转"), searched as the plain words it spells. The matches are those of
 * {@code Matcher.find()}: at each position the first alternative, in order, that matches there, an optional
 * character tried present before absent; the search goes on after the match. The prose reader runs these
 * words over every sentence with a count, where the regex engine cost more than the reading itself.
 */
final class Alternation {

    /** Every spelling, in the order the regex engine tries them at one position. */
    private final String[] spellings;
    /** The first characters of the spellings, each once. */
    private final char[] firsts;

    private Alternation(List<String> spellings) {
        this.spellings = spellings.toArray(String[]::new);
        StringBuilder firsts = new StringBuilder();
        for (String spelling : spellings) {
            if (firsts.indexOf(String.valueOf(spelling.charAt(0))) < 0) {
                firsts.append(spelling.charAt(0));
            }
        }
        this.firsts = firsts.toString().toCharArray();
    }

    /** @throws IllegalArgumentException for any other regex syntax than '|' and a '?' after a character */
    static Alternation of(String regex) {
        List<String> spellings = new ArrayList<>();
        for (String alternative : regex.split("\\|", -1)) {
            if (alternative.isEmpty() || alternative.charAt(0) == '?'
                    || alternative.chars().anyMatch(c -> "()[]{}\\.^$+*".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not a plain alternation of words: " + regex);
            }
            spell(alternative, 0, new StringBuilder(), spellings);
        }
        return new Alternation(spellings);
    }

    /** The spellings of {@code alternative} from {@code at} on, the optional character taken first. */
    private static void spell(String alternative, int at, StringBuilder prefix, List<String> out) {
        if (at == alternative.length()) {
            out.add(prefix.toString());
            return;
        }
        char c = alternative.charAt(at);
        boolean optional = at + 1 < alternative.length() && alternative.charAt(at + 1) == '?';
        int next = optional ? at + 2 : at + 1;
        int length = prefix.length();
        prefix.append(c);
        spell(alternative, next, prefix, out);
        prefix.setLength(length);
        if (optional) {
            spell(alternative, next, prefix, out);
        }
    }

    /** Whether the text holds a match at all ({@code find()} is true). */
    boolean in(String text) {
        for (int at = 0; at < text.length(); at++) {
            if (matchAt(text, at) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last match {@code find()} gives in the text, packed as {@code start << 32 | end}, or -1; it ends
     * after every other match, as matches do not overlap.
     */
    long last(String text) {
        long last = -1;
        int at = 0;
        while (at < text.length()) {
            int end = matchAt(text, at);
            if (end < 0) {
                at++;
            } else {
                last = (long) at << 32 | end;
                at = end;
            }
        }
        return last;
    }

    static int start(long match) {
        return (int) (match >>> 32);
    }

    static int end(long match) {
        return (int) match;
    }

    /** Where the first spelling that matches at {@code at} ends, or -1. */
    private int matchAt(String text, int at) {
        char c = text.charAt(at);
        boolean begins = false;
        for (char first : firsts) {
            if (first == c) {
                begins = true;
                break;
            }
        }
        if (!begins) {
            return -1;
        }
        for (String spelling : spellings) {
            if (spelling.charAt(0) == c && text.startsWith(spelling, at)) {
                return at + spelling.length();
            }
        }
        return -1;
    }
}
