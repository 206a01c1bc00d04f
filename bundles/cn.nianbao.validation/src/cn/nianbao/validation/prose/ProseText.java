package cn.nianbao.validation.prose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text as the prose rules read it: full-width digits made ASCII, thousands separators and all whitespace
 * (PDF line breaks fall inside sentences) removed, then cut into sentences at 。；！？.
 */
public final class ProseText {

    /** Quoted phrases are slogans (“办结一件申请、解决一个问题”), not figures; at most this long. */
    private static final int QUOTE_MAX = 81;

    private static char closing(char open) {
        return switch (open) {
            case '“' -> '”';
            case '"' -> '"';
            case '「' -> '」';
            case '『' -> '』';
            default -> 0;
        };
    }

    private ProseText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        int length = text.length();
        // one bulk copy, then compacted in place (the write index never passes the read index): cheaper than
        // charAt on a Chinese string, which checks the index and the string's coding at every character
        char[] out = new char[length];
        text.getChars(0, length, out, 0);
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = out[i];
            if (c > '\u3000') {
                // CJK and full-width forms: above U+3000 nothing is whitespace; only the full-width digits, '．'
                // and '，' (U+FF0C…U+FF19) change
                if (c >= '\uff0c') {
                    if (c >= '０' && c <= '９') {
                        c = (char) ('0' + (c - '０'));
                    } else if (c == '．') {
                        c = '.';
                    } else if (c == '，' && n > 0 && isDigit(out[n - 1]) && thousands(text, i + 1)) {
                        continue;
                    }
                }
                out[n++] = c;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                continue;
            } else if (c == ',' && n > 0 && isDigit(out[n - 1]) && thousands(text, i + 1)) {
                continue;
            }
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    /** A separator (after a digit) followed by exactly three digits (spaces between allowed). */
    private static boolean thousands(String text, int from) {
        int digits = 0;
        int i = from;
        for (; i < text.length() && digits < 4; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        return digits == 3;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** The normalised text without quoted phrases. */
    public static String withoutQuotes(String normalised) {
        if (normalised.indexOf('“') < 0 && normalised.indexOf('"') < 0 && normalised.indexOf('「') < 0
                && normalised.indexOf('『') < 0) {
            return normalised;
        }
        StringBuilder out = new StringBuilder(normalised.length());
        // the text between quotes is copied a run at a time, not a character at a time
        int copied = 0;
        int i = 0;
        while (i < normalised.length()) {
            char c = normalised.charAt(i);
            int close = closing(c) == 0 ? -1 : normalised.indexOf(closing(c), i + 1);
            if (close > i && close - i <= QUOTE_MAX) {
                out.append(normalised, copied, i).append('　');
                i = close + 1;
                copied = i;
            } else {
                i++;
            }
        }
        return out.append(normalised, copied, normalised.length()).toString();
    }

    /**
     * The sentences (as {@link #sentences} cuts them) that hold one of the words, in text order, each once:
     * what a rule about a few words reads, without cutting the whole text. Quoted phrases are left in (see
     * {@link #withoutQuotes}).
     */
    public static List<String> sentencesWith(String normalised, List<String> words) {
        // each sentence found as start << 32 | end, sorted at the end: a sentence found twice (two words, or a
        // word twice) has the same start and end, and is cut out once
        long[] found = new long[8];
        int n = 0;
        int length = normalised.length();
        for (String word : words) {
            for (int at = normalised.indexOf(word); at >= 0; at = normalised.indexOf(word, at)) {
                int start = at;
                while (start > 0 && !isSentenceEnd(normalised.charAt(start - 1))) {
                    start--;
                }
                int end = at;
                while (end < length && !isSentenceEnd(normalised.charAt(end))) {
                    end++;
                }
                if (n == found.length) {
                    found = Arrays.copyOf(found, 2 * n);
                }
                found[n++] = ((long) start << 32) | Math.min(end + 1, length);
                // on after this sentence's end: the next sentence may begin with the word
                at = end + 1;
            }
        }
        Arrays.sort(found, 0, n);
        List<String> sentences = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                sentences.add(normalised.substring((int) (found[i] >>> 32), (int) found[i]));
            }
        }
        return sentences;
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？';
    }

    public static List<String> sentences(String normalised) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                if (i > start) {
                    sentences.add(normalised.substring(start, i + 1));
                }
                start = i + 1;
            }
        }
        if (start < normalised.length()) {
            sentences.add(normalised.substring(start));
        }
        return sentences;
    }
}
