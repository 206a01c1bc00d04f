package cn.nianbao.validation.prose;

import java.util.HashSet;
import java.util.Set;

/**
 * How much of a text repeats another (XY-03): the Jaccard index of their sets of character 4-grams,
 * |A ∩ B| / |A ∪ B|, after normalisation, with every digit run replaced by one '#' (a text copied with
 * the year and the figures updated is still a copy) and punctuation removed. 1.0 = the same text.
 */
public final class Similarity {

    public static final int GRAM = 4;

    private Similarity() {
    }

    public static double jaccard(String a, String b) {
        Set<String> x = grams(a);
        Set<String> y = grams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String gram : x) {
            if (y.contains(gram)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }

    static Set<String> grams(String text) {
        String plain = ProseText.normalise(text).replaceAll("\\d+(\\.\\d+)?", "#").replaceAll("[\\p{P}\\p{S}&&[^#]]", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= plain.length(); i++) {
            grams.add(plain.substring(i, i + GRAM));
        }
        return grams;
    }
}
