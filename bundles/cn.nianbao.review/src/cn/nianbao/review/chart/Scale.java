package cn.nianbao.review.chart;

import java.math.BigDecimal;

/** A y scale from 0 to a round maximum (1, 2 or 5 × 10ⁿ per step), with {@value #STEPS} steps. */
record Scale(double step) {

    static final int STEPS = 5;

    static Scale of(BigDecimal max) {
        double m = Math.max(max.doubleValue(), 1);
        double raw = m / STEPS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (magnitude * factor >= raw) {
                step = magnitude * factor;
                break;
            }
        }
        return new Scale(Math.max(step, 1));
    }

    int steps() {
        return STEPS;
    }

    double top() {
        return step * STEPS;
    }

    String label(int i) {
        return BigDecimal.valueOf(step * i).stripTrailingZeros().toPlainString();
    }
}
