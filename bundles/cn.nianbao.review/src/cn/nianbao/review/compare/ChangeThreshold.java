package cn.nianbao.review.compare;

import java.math.BigDecimal;

/**
 * When a change between two years is "large" and gets marked: its percentage change is at least
 * {@code percent} (in either direction) and it moves by at least {@code minimumDelta}, so that 1 → 2
 * (+100 %) on a small agency is not flagged. A cell that goes from blank or 0 to at least
 * {@code minimumDelta} is large too. The reviewer sets both in the Preferences.
 */
public record ChangeThreshold(double percent, int minimumDelta) {

    public static final ChangeThreshold DEFAULT = new ChangeThreshold(50, 5);

    public ChangeThreshold {
        if (percent < 0 || minimumDelta < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + percent + ", " + minimumDelta);
        }
    }

    public boolean isLarge(BigDecimal delta, Double percentChange) {
        if (delta == null || delta.abs().compareTo(BigDecimal.valueOf(minimumDelta)) < 0 || delta.signum() == 0) {
            return false;
        }
        return percentChange == null || Math.abs(percentChange) >= percent;
    }
}
