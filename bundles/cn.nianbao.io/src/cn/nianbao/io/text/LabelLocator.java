package cn.nianbao.io.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.format.Labels;

/**
 * Finds the printed form of a template label in label fragments that may be wrapped over several lines and
 * mixed with group labels ("（四）无" / "法提供 2.没有现成信息需要另行制作"). Works on the
 * whitespace-free concatenation of the fragments with an approximate substring match (Sellers' edit
 * distance), so a typo such as "2.其他法律行政止公开" is still found, as printed.
 */
final class LabelLocator {

    /**
     * The canonical form of each character met so far (0 for not yet asked): full-width brackets and
     * punctuation are in every label and every short line, and normalising one character at a time was a
     * twentieth of a text import.
     */
    private static final char[] CANONICAL = new char[Character.MAX_VALUE + 1];

    /** Keeps the quadratic match bounded whatever the source holds between two rows. */
    private static final int MAX_CONTEXT = 600;

    /** The printed text, its line, and 1 − edit distance / label length. */
    record Match(String printed, int line, double similarity) {
    }

    private LabelLocator() {
    }

    static Match locate(List<Piece> pieces, String label) {
        List<int[]> positions = new ArrayList<>();
        StringBuilder context = new StringBuilder();
        for (int p = 0; p < pieces.size() && context.length() < MAX_CONTEXT; p++) {
            String text = pieces.get(p).text();
            for (int c = 0; c < text.length() && context.length() < MAX_CONTEXT; c++) {
                char ch = text.charAt(c);
                if (!isSpace(ch)) {
                    context.append(canonical(ch));
                    positions.add(new int[] {p, c});
                }
            }
        }
        String target = compact(label);
        if (target.isEmpty() || context.isEmpty()) {
            return new Match("", 0, 0);
        }
        int[] result = sellers(target, context);
        int start = result[0];
        int end = result[1];
        double similarity = Math.max(0, 1 - (double) result[2] / target.length());
        if (end <= start) {
            return new Match("", 0, 0);
        }
        return new Match(printed(pieces, positions.get(start), positions.get(end - 1)),
                pieces.get(positions.get(start)[0]).line(), similarity);
    }

    /** Returns {start, end, cost} of the substring of context closest to target. */
    private static int[] sellers(String target, CharSequence context) {
        int n = context.length();
        int[] prev = new int[n + 1];
        int[] prevStart = new int[n + 1];
        int[] cur = new int[n + 1];
        int[] curStart = new int[n + 1];
        for (int k = 0; k <= n; k++) {
            prevStart[k] = k;
        }
        for (int i = 1; i <= target.length(); i++) {
            cur[0] = i;
            curStart[0] = 0;
            char t = target.charAt(i - 1);
            for (int k = 1; k <= n; k++) {
                int best = prev[k - 1] + (t == context.charAt(k - 1) ? 0 : 1);
                int start = prevStart[k - 1];
                if (prev[k] + 1 < best) {
                    best = prev[k] + 1;
                    start = prevStart[k];
                }
                if (cur[k - 1] + 1 < best) {
                    best = cur[k - 1] + 1;
                    start = curStart[k - 1];
                }
                cur[k] = best;
                curStart[k] = start;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        int end = 1;
        for (int k = 1; k <= n; k++) {
            if (prev[k] < prev[end]) {
                end = k;
            }
        }
        return new int[] {prevStart[end], end, prev[end]};
    }

    private static String printed(List<Piece> pieces, int[] from, int[] to) {
        StringBuilder text = new StringBuilder();
        for (int p = from[0]; p <= to[0]; p++) {
            String piece = pieces.get(p).text();
            int a = p == from[0] ? from[1] : 0;
            int b = p == to[0] ? to[1] + 1 : piece.length();
            text.append(piece, a, b);
        }
        return Labels.printed(text.toString());
    }

    static String compact(String label) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char ch = label.charAt(i);
            if (!isSpace(ch)) {
                text.append(canonical(ch));
            }
        }
        return text.toString();
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00A0';
    }

    /** Full- and half-width forms compare equal, and so do the numbering marks "1、" and "1.". */
    private static char canonical(char ch) {
        if (ch == '、' || ch == '．') {
            return '.';
        }
        if (ch < 0x80 || ch >= 0x4E00 && ch <= 0x9FFF) {
            // ASCII and the unified ideographs are their own NFKC form: most characters of a report, read often
            return ch;
        }
        char known = CANONICAL[ch];
        if (known == 0) {
            String n = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
            known = n.length() == 1 ? n.charAt(0) : ch;
            // racing threads write the same value
            CANONICAL[ch] = known;
        }
        return known;
    }
}
