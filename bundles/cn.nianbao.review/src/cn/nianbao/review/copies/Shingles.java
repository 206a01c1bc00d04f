package cn.nianbao.review.copies;

import java.util.Arrays;

/**
 * A comparable text's character 4-grams (XY-03's unit), each packed exactly into a long: four UTF-16 chars of
 * 16 bits, so two different 4-grams never share a number. The similarity of two texts is the Jaccard index of
 * their sets, the figure XY-03 gives for last year's text.
 */
final class Shingles {

    static final int SIZE = 4;

    private Shingles() {
    }

    /** The distinct 4-grams of the text, sorted. */
    static long[] of(String text) {
        int count = Math.max(0, text.length() - SIZE + 1);
        long[] grams = new long[count];
        for (int i = 0; i < count; i++) {
            grams[i] = at(text, i);
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || grams[distinct - 1] != grams[i]) {
                grams[distinct++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    /** The 4-gram that starts at {@code i}. */
    static long at(String text, int i) {
        return ((long) text.charAt(i) << 48) | ((long) text.charAt(i + 1) << 32) | ((long) text.charAt(i + 2) << 16)
                | text.charAt(i + 3);
    }

    /** |A ∩ B| / |A ∪ B| of two sorted sets. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
