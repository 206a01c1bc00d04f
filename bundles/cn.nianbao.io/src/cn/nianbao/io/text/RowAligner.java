package cn.nianbao.io.text;

import java.util.Arrays;

/**
 * Matches the rows found in a table to the template's rows when their numbers differ: a monotone alignment
 * (rows keep their order, either side may skip) that maximises the summed label similarity. Pairs below
 * the threshold are never matched.
 */
final class RowAligner {

    private RowAligner() {
    }

    /** For each found row the index of its template row, or -1. */
    static int[] align(double[][] similarity, double threshold) {
        int m = similarity.length;
        int n = m == 0 ? 0 : similarity[0].length;
        double[][] best = new double[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                double score = Math.max(best[i - 1][j], best[i][j - 1]);
                double s = similarity[i - 1][j - 1];
                if (s >= threshold) {
                    score = Math.max(score, best[i - 1][j - 1] + s);
                }
                best[i][j] = score;
            }
        }
        int[] match = new int[m];
        Arrays.fill(match, -1);
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            double s = similarity[i - 1][j - 1];
            if (s >= threshold && best[i][j] == best[i - 1][j - 1] + s) {
                match[i - 1] = j - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return match;
    }
}
