package cn.nianbao.review.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.validation.prose.Similarity;

/**
 * Aligns the paragraphs of two versions of a section: equal paragraphs (after trimming) are anchors found
 * as a longest common subsequence; between two anchors, paragraphs of both sides are paired in order when
 * they are recognisably the same paragraph rewritten (4-gram similarity at least {@value #PAIRING}), and
 * otherwise shown as removed and added.
 */
final class ParagraphDiff {

    static final double PAIRING = 0.25;
    private static final Pattern END = Pattern.compile("[。！？；：.!?;:]$");

    private ParagraphDiff() {
    }

    /**
     * The paragraphs of a section body. Reports taken from PDF keep the line breaks of the printed page, so
     * lines are joined until one ends a sentence (。！？；：) or a blank line comes.
     */
    static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        if (body == null) {
            return paragraphs;
        }
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\\R")) {
            String text = line.strip();
            current.append(text);
            if ((text.isEmpty() || END.matcher(text).find()) && current.length() > 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    static List<ParagraphPair> compare(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<ParagraphPair> pairs = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                flush(removed, added, pairs);
                pairs.add(new ParagraphPair(ParagraphPair.Kind.SAME, a.get(i), b.get(j), List.of(), List.of()));
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                removed.add(a.get(i++));
            } else {
                added.add(b.get(j++));
            }
        }
        flush(removed, added, pairs);
        return pairs;
    }

    /** Pairs up the paragraphs between two anchors and empties both lists. */
    private static void flush(List<String> removed, List<String> added, List<ParagraphPair> pairs) {
        int r = 0;
        int a = 0;
        while (r < removed.size() || a < added.size()) {
            if (r < removed.size() && a < added.size() && Similarity.jaccard(removed.get(r), added.get(a)) >= PAIRING) {
                List<List<Span>> spans = CharacterDiff.spans(removed.get(r), added.get(a));
                pairs.add(new ParagraphPair(ParagraphPair.Kind.CHANGED, removed.get(r++), added.get(a++), spans.get(0),
                        spans.get(1)));
            } else if (r < removed.size() && (a >= added.size() || removed.size() - r >= added.size() - a)) {
                String text = removed.get(r++);
                pairs.add(new ParagraphPair(ParagraphPair.Kind.REMOVED, text, null, whole(text), List.of()));
            } else {
                String text = added.get(a++);
                pairs.add(new ParagraphPair(ParagraphPair.Kind.ADDED, null, text, List.of(), whole(text)));
            }
        }
        removed.clear();
        added.clear();
    }

    private static List<Span> whole(String text) {
        return List.of(new Span(0, text.length()));
    }
}
