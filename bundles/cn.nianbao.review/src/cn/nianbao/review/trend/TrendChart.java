package cn.nianbao.review.trend;

import java.math.BigDecimal;
import java.util.List;

/** One chart of a trend: a title and the series drawn together, over the years of the trend. */
public record TrendChart(String id, String titleZh, String titleEn, List<Integer> years, List<TrendSeries> series) {

    public TrendChart {
        years = List.copyOf(years);
        series = List.copyOf(series);
    }

    public String title(boolean chinese) {
        return chinese ? titleZh : titleEn;
    }

    /** The largest value of any series (0 when there is none), for the scale. */
    public BigDecimal max() {
        BigDecimal max = BigDecimal.ZERO;
        for (TrendSeries s : series) {
            for (BigDecimal v : s.values().values()) {
                max = v.compareTo(max) > 0 ? v : max;
            }
        }
        return max;
    }
}
