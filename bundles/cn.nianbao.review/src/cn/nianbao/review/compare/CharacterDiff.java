package cn.nianbao.review.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The changed passages of two versions of a paragraph: a longest common subsequence of characters, and
 * every run of characters outside it on either side. Chinese has no spaces, so characters are the unit.
 * Paragraphs longer than {@value #LIMIT} characters are marked as changed as a whole (the table would be
 * too large for an interactive view).
 */
final class CharacterDiff {

    static final int LIMIT = 4000;

    private CharacterDiff() {
    }

    /** The changed spans of {@code a} (index 0) and of {@code b} (index 1). */
    static List<List<Span>> spans(String a, String b) {
        if ((long) a.length() * b.length() > (long) LIMIT * LIMIT / 4 || a.length() > LIMIT || b.length() > LIMIT) {
            return List.of(whole(a), whole(b));
        }
        int n = a.length();
        int m = b.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] keepA = new boolean[n];
        boolean[] keepB = new boolean[m];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.charAt(i) == b.charAt(j)) {
                keepA[i++] = true;
                keepB[j++] = true;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return List.of(runs(keepA), runs(keepB));
    }

    private static List<Span> runs(boolean[] kept) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= kept.length; k++) {
            boolean changed = k < kept.length && !kept[k];
            if (changed && start < 0) {
                start = k;
            } else if (!changed && start >= 0) {
                spans.add(new Span(start, k));
                start = -1;
            }
        }
        return spans;
    }

    private static List<Span> whole(String text) {
        return text.isEmpty() ? List.of() : List.of(new Span(0, text.length()));
    }
}
