package cn.nianbao.validation.prose;

import java.util.List;

/** A keyword found before a count: the quantity it announces, or a 复议/诉讼 result column. */
record Keyword(Quantity quantity, String result, int start, int end) {

    private static final Alternation[] RESULT_SPELLED = Quantity.RESULTS.stream().map(r -> Alternation.of(r[0]))
            .toArray(Alternation[]::new);
    private static final Quantity[] QUANTITIES = Quantity.values();

    /**
     * Which word patterns can match at all, by the characters a text holds: bit i for quantity i, bit
     * QUANTITIES.length + j for result j. A pattern matches only where one of its alternatives begins, so a
     * text without any of those first characters is not searched (the result is the same, found faster).
     */
    private static final CharMask MASK;

    static {
        List<String> patterns = new java.util.ArrayList<>();
        for (Quantity q : QUANTITIES) {
            patterns.add(q.words().pattern());
        }
        for (String[] result : Quantity.RESULTS) {
            patterns.add(result[0]);
        }
        MASK = new CharMask(patterns);
    }

    /** The keyword ending last in the text; of two ending together, the longer ("上年结转" over "结转"). */
    static Keyword nearest(String text) {
        long candidates = MASK.of(text);
        if (candidates == 0) {
            return null;
        }
        Keyword best = null;
        for (int i = 0; i < QUANTITIES.length; i++) {
            if ((candidates & (1L << i)) != 0) {
                Quantity q = QUANTITIES[i];
                best = better(best, last(text, q.spelled(), q, null));
            }
        }
        for (int i = 0; i < RESULT_SPELLED.length; i++) {
            if ((candidates & (1L << (QUANTITIES.length + i))) != 0) {
                best = better(best, last(text, RESULT_SPELLED[i], null, Quantity.RESULTS.get(i)[1]));
            }
        }
        return best;
    }

    /** True when the quantity's words may occur in a text of this mask ({@link #mask}). */
    static boolean mayMatch(long mask, Quantity quantity) {
        return (mask & (1L << quantity.ordinal())) != 0;
    }

    static long mask(String text) {
        return MASK.of(text);
    }

    /** "另有103件顺延到下年度": a carry word after the count. */
    static Quantity carriedAfter(String suffix) {
        if (Quantity.CARRIED_OVER.spelled().in(suffix)) {
            return Quantity.CARRIED_OVER;
        }
        return Quantity.CARRIED_FORWARD.spelled().in(suffix) ? Quantity.CARRIED_FORWARD : null;
    }

    /** The last match of the words: of their matches, the one {@link #better} would keep (they do not overlap). */
    private static Keyword last(String text, Alternation words, Quantity quantity, String result) {
        long match = words.last(text);
        return match < 0 ? null : new Keyword(quantity, result, Alternation.start(match), Alternation.end(match));
    }

    private static Keyword better(Keyword a, Keyword b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (b.end != a.end) {
            return b.end > a.end ? b : a;
        }
        return (b.end - b.start) > (a.end - a.start) ? b : a;
    }

    /**
     * For up to 64 patterns that are plain alternations of words ("新收|收到|上一?年度?结转"), the characters
     * their alternatives begin with. A pattern of any other shape is always a candidate.
     */
    static final class CharMask {

        private static final char BASE = '\u4e00';
        private static final char LIMIT = '\u9fff';
        private final long[] masks = new long[LIMIT - BASE + 1];
        private long always;

        CharMask(List<String> patterns) {
            if (patterns.size() > 64) {
                throw new IllegalArgumentException("at most 64 patterns");
            }
            for (int i = 0; i < patterns.size(); i++) {
                String pattern = patterns.get(i);
                boolean plain = pattern.chars().noneMatch(c -> "()[]{}\\.^$+*".indexOf(c) >= 0);
                for (String alternative : pattern.split("\\|", -1)) {
                    char first = alternative.isEmpty() ? 0 : alternative.charAt(0);
                    boolean optional = alternative.length() > 1 && alternative.charAt(1) == '?';
                    if (!plain || optional || first < BASE || first > LIMIT) {
                        always |= 1L << i;
                    } else {
                        masks[first - BASE] |= 1L << i;
                    }
                }
            }
        }

        long of(String text) {
            long mask = always;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c >= BASE && c <= LIMIT) {
                    mask |= masks[c - BASE];
                }
            }
            return mask;
        }
    }
}
