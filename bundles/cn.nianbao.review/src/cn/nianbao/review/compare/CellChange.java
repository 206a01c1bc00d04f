package cn.nianbao.review.compare;

import java.math.BigDecimal;
import java.math.MathContext;

import cn.nianbao.model.CellAddress;

/**
 * One cell in both reports: the value before (the earlier or left report) and after, each null when blank.
 * The difference counts blank as 0 only when the other side has a number; two blanks are no change.
 */
public record CellChange(CellAddress address, BigDecimal before, BigDecimal after, boolean large) {

    /** after − before, or null when both are blank. */
    public BigDecimal delta() {
        if (before == null && after == null) {
            return null;
        }
        return zero(after).subtract(zero(before));
    }

    /** The change in percent of the value before, or null when there is no base (blank or 0). */
    public Double percent() {
        BigDecimal delta = delta();
        if (delta == null || before == null || before.signum() == 0) {
            return null;
        }
        return delta.divide(before.abs(), MathContext.DECIMAL64).doubleValue() * 100;
    }

    /** True when the values differ (blank and 0 differ too: a blank cell that became 0 was filled in). */
    public boolean changed() {
        if (before == null || after == null) {
            return before != after;
        }
        return before.compareTo(after) != 0;
    }

    static CellChange of(CellAddress address, BigDecimal before, BigDecimal after, ChangeThreshold threshold) {
        CellChange plain = new CellChange(address, before, after, false);
        boolean large = plain.changed() && threshold.isLarge(plain.delta(), plain.percent());
        return large ? new CellChange(address, before, after, true) : plain;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
