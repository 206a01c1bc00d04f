package cn.nianbao.review.trend;

import java.math.BigDecimal;

/**
 * A trend as CSV: header {@code chart,series,label,YEAR...}, one line per series, blank where a year has
 * no value. Labels in the language asked for; ids as in the JSON and the charts.
 */
public final class TrendCsv {

    private TrendCsv() {
    }

    public static String write(Trend trend, boolean chinese) {
        StringBuilder csv = new StringBuilder("chart,series,label");
        trend.years().forEach(year -> csv.append(',').append(year));
        csv.append('\n');
        for (TrendChart chart : trend.charts()) {
            for (TrendSeries series : chart.series()) {
                csv.append(chart.id()).append(',').append(series.id()).append(',').append(quote(series.label(chinese)));
                for (int year : trend.years()) {
                    BigDecimal value = series.value(year);
                    csv.append(',').append(value == null ? "" : value.toPlainString());
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
