package cn.nianbao.io.text;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * The characters a compact form leaves out: white space, the ideographic and the no-break space. Asked of
     * every character of every short line; the Unicode tables behind Character.isWhitespace were a fifth of
     * the caption search.
     */
    private static final BitSet SPACES = spaces();

    /** The compact forms of the labels asked for (labels of the templates: bounded by the catalogue). */
    private static final Map<String, String> COMPACT_LABELS = new ConcurrentHashMap<>();

    /** Keeps the quadratic match bounded whatever the source holds between two rows. */
    private static final int MAX_CONTEXT = 600;

    /** The printed text, its line, and 1 − edit distance / label length. */
    record Match(String printed, int line, double similarity) {
    }

    private LabelLocator() {
    }

    static Match locate(List<Piece> pieces, String label) {
        return locate(Context.of(pieces), label);
    }

    /** The best match of the label in pieces already read into a context (which several labels are matched against). */
    static Match locate(Context context, String label) {
        String target = compactLabel(label);
        if (target.isEmpty() || context.text().isEmpty()) {
            return new Match("", 0, 0);
        }
        int exact = context.text().indexOf(target);
        // an exact occurrence is what the edit distance finds too (cost 0, the first end); most rows print their label
        int[] result = exact >= 0 ? new int[] {exact, exact + target.length(), 0} : sellers(target, context.text());
        int start = result[0];
        int end = result[1];
        double similarity = Math.max(0, 1 - (double) result[2] / target.length());
        if (end <= start) {
            return new Match("", 0, 0);
        }
        return new Match(context.printed(start, end - 1), context.line(start), similarity);
    }

    /** Whether the label is in the context as it is (what {@link #locate} gives similarity 1), found without an edit distance. */
    static boolean isPrintedIn(Context context, String label) {
        String target = compactLabel(label);
        return !target.isEmpty() && context.text().contains(target);
    }

    /**
     * The whitespace-free canonical text of label pieces (at most {@link #MAX_CONTEXT} characters), with the
     * piece and offset each character came from.
     */
    static final class Context {

        private final List<Piece> pieces;
        private final String text;
        private final int[] piece;
        private final int[] offset;

        private Context(List<Piece> pieces, String text, int[] piece, int[] offset) {
            this.pieces = pieces;
            this.text = text;
            this.piece = piece;
            this.offset = offset;
        }

        static Context of(List<Piece> pieces) {
            int printed = 0;
            for (int p = 0; p < pieces.size() && printed < MAX_CONTEXT; p++) {
                printed += pieces.get(p).text().length();
            }
            // most contexts are a few short pieces: arrays of the bound for each would be most of an import's garbage
            int capacity = Math.min(printed, MAX_CONTEXT);
            char[] chars = new char[capacity];
            int[] piece = new int[capacity];
            int[] offset = new int[capacity];
            int n = 0;
            for (int p = 0; p < pieces.size() && n < MAX_CONTEXT; p++) {
                String text = pieces.get(p).text();
                for (int c = 0; c < text.length() && n < MAX_CONTEXT; c++) {
                    char ch = text.charAt(c);
                    if (!isSpace(ch)) {
                        chars[n] = canonical(ch);
                        piece[n] = p;
                        offset[n] = c;
                        n++;
                    }
                }
            }
            return new Context(pieces, new String(chars, 0, n), piece, offset);
        }

        String text() {
            return text;
        }

        private int line(int at) {
            return pieces.get(piece[at]).line();
        }

        /** The pieces' text as printed from the character at {@code first} to the one at {@code last}. */
        private String printed(int first, int last) {
            StringBuilder printed = new StringBuilder();
            for (int p = piece[first]; p <= piece[last]; p++) {
                String text = pieces.get(p).text();
                int a = p == piece[first] ? offset[first] : 0;
                int b = p == piece[last] ? offset[last] + 1 : text.length();
                printed.append(text, a, b);
            }
            return Labels.printed(printed.toString());
        }
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

    /**
     * The compact form of a label of the catalogue: the same few hundred labels are matched against every
     * row of every table 三, so each is made once.
     */
    static String compactLabel(String label) {
        return COMPACT_LABELS.computeIfAbsent(label, LabelLocator::compact);
    }

    static String compact(String label) {
        char[] text = new char[label.length()];
        return new String(text, 0, compactInto(label, text, 0));
    }

    /**
     * Writes the compact form of the text into the array from {@code at} (which must have room for the whole
     * text) and returns where it ends: the compact form without a string of its own.
     */
    static int compactInto(String text, char[] into, int at) {
        int n = at;
        for (int i = 0, length = text.length(); i < length; i++) {
            char ch = text.charAt(i);
            if (!isSpace(ch)) {
                into[n++] = canonical(ch);
            }
        }
        return n;
    }

    private static boolean isSpace(char ch) {
        return SPACES.get(ch);
    }

    private static BitSet spaces() {
        BitSet spaces = new BitSet(Character.MAX_VALUE + 1);
        for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
            if (Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00A0') {
                spaces.set(ch);
            }
        }
        return spaces;
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
