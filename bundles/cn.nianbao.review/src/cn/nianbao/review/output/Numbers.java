package cn.nianbao.review.output;

import java.math.BigDecimal;
import java.util.Locale;

/** How the outputs print values, differences and percentages. */
final class Numbers {

    private Numbers() {
    }

    static String value(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    static String delta(BigDecimal delta) {
        if (delta == null) {
            return "";
        }
        String text = delta.stripTrailingZeros().toPlainString();
        return delta.signum() > 0 ? "+" + text : text;
    }

    static String percent(Double percent) {
        if (percent == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%+.1f%%", percent);
    }

    static String similarity(double similarity) {
        return Double.isNaN(similarity) ? "—" : String.format(Locale.ROOT, "%.0f%%", similarity * 100);
    }
}
