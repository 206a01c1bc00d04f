package cn.nianbao.review.copies;

import java.util.Arrays;

/** The longest run of text A whose 4-grams all occur in text B: what a reviewer reads to judge a pair. */
final class SharedPassage {

    static final int MAX_LENGTH = 60;

    private SharedPassage() {
    }

    /** The passage, cut to {@value #MAX_LENGTH} characters with "…" when longer; "" when none is shared. */
    static String of(String a, long[] shinglesOfB) {
        int bestStart = 0;
        int bestLength = 0;
        int runStart = -1;
        for (int i = 0; i + Shingles.SIZE <= a.length(); i++) {
            if (Arrays.binarySearch(shinglesOfB, Shingles.at(a, i)) >= 0) {
                if (runStart < 0) {
                    runStart = i;
                }
                int length = i + Shingles.SIZE - runStart;
                if (length > bestLength) {
                    bestLength = length;
                    bestStart = runStart;
                }
            } else {
                runStart = -1;
            }
        }
        if (bestLength == 0) {
            return "";
        }
        String passage = a.substring(bestStart, bestStart + bestLength);
        return passage.length() <= MAX_LENGTH ? passage : passage.substring(0, MAX_LENGTH) + "…";
    }
}
