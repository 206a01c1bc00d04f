package cn.nianbao.review.copies;

/**
 * MinHash signatures of 4-gram sets and their LSH band keys. {@value #BANDS} bands of {@value #ROWS} rows:
 * two texts with Jaccard index J share a band key with probability 1 − (1 − J³)³², 0.986 at J = 0.5 (XY-03's
 * limit), 0.9996 at 0.6, and 0.58 at 0.3, so nearly every pair above the limit becomes a candidate while most
 * pairs far below it never meet. Candidates are then measured exactly ({@link Shingles#jaccard}).
 */
final class MinHash {

    static final int BANDS = 32;
    static final int ROWS = 3;
    static final int LENGTH = BANDS * ROWS;

    /** One seed per hash function, fixed so that a run is repeatable. */
    private static final long[] SEEDS = new long[LENGTH];

    static {
        long seed = 0x6e69616e62616f4cL;
        for (int i = 0; i < LENGTH; i++) {
            seed += 0x9e3779b97f4a7c15L;
            SEEDS[i] = mix(seed);
        }
    }

    private MinHash() {
    }

    static long[] signature(long[] shingles) {
        long[] minimum = new long[LENGTH];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < LENGTH; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < minimum[i]) {
                    minimum[i] = h;
                }
            }
        }
        return minimum;
    }

    /** The key of one band of a signature (equal rows give equal keys). */
    static long band(long[] signature, int band) {
        long key = band;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            key = mix(key * 31 + signature[row]);
        }
        return key;
    }

    /** SplitMix64's finaliser: a fast 64-bit mix in which every input bit changes about half the output bits. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
