package cn.nianbao.validation.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A keyword found before a count: the quantity it announces, or a 复议/诉讼 result column. */
record Keyword(Quantity quantity, String result, int start, int end) {

    private static final Pattern[] RESULT_WORDS = Quantity.RESULTS.stream().map(r -> Pattern.compile(r[0]))
            .toArray(Pattern[]::new);
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
        for (Pattern p : RESULT_WORDS) {
            patterns.add(p.pattern());
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
                best = better(best, find(text, q.words(), q, null));
            }
        }
        for (int i = 0; i < RESULT_WORDS.length; i++) {
            if ((candidates & (1L << (QUANTITIES.length + i))) != 0) {
                best = better(best, find(text, RESULT_WORDS[i], null, Quantity.RESULTS.get(i)[1]));
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
        if (Quantity.CARRIED_OVER.words().matcher(suffix).find()) {
            return Quantity.CARRIED_OVER;
        }
        return Quantity.CARRIED_FORWARD.words().matcher(suffix).find() ? Quantity.CARRIED_FORWARD : null;
    }

    private static Keyword find(String text, Pattern words, Quantity quantity, String result) {
        Keyword last = null;
        Matcher m = words.matcher(text);
        while (m.find()) {
            last = better(last, new Keyword(quantity, result, m.start(), m.end()));
        }
        return last;
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
