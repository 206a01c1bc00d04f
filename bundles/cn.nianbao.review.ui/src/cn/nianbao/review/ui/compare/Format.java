package cn.nianbao.review.ui.compare;

import java.math.BigDecimal;
import java.util.Locale;

import cn.nianbao.review.compare.CellChange;

/** How the compare editor prints values, differences and percentages. */
final class Format {

    private Format() {
    }

    static String value(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** "+14 (+0.4%)", or "+2" when there is no base for a percentage. */
    static String delta(CellChange change) {
        BigDecimal delta = change.delta();
        if (delta == null) {
            return "";
        }
        String text = delta.stripTrailingZeros().toPlainString();
        text = delta.signum() > 0 ? "+" + text : text;
        Double percent = change.percent();
        return percent == null ? text : text + String.format(Locale.ROOT, " (%+.1f%%)", percent);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
