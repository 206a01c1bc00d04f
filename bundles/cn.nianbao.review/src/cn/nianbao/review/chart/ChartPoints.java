package cn.nianbao.review.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

import cn.nianbao.review.trend.TrendChart;

/**
 * Where the points of a chart's series go. Series with the same value in a year would be drawn on top of each
 * other and only the last would show, so there they are spread {@value #OFFSET} pixels apart around the true
 * height, in the order of the series; elsewhere a point is exactly at its value.
 */
final class ChartPoints {

    static final double OFFSET = 4;

    /** A drawn point: where it is and the value it shows. */
    record Point(double x, double y, BigDecimal value) {
    }

    private ChartPoints() {
    }

    /** Per series, per year of the chart, its point, or null where the year is blank. */
    static List<Point[]> of(TrendChart chart, IntToDoubleFunction x, DoubleUnaryOperator y) {
        int count = chart.series().size();
        List<Point[]> points = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            points.add(new Point[chart.years().size()]);
        }
        for (int i = 0; i < chart.years().size(); i++) {
            for (List<Integer> same : sameValue(chart, i).values()) {
                for (int k = 0; k < same.size(); k++) {
                    int series = same.get(k);
                    BigDecimal value = chart.series().get(series).value(chart.years().get(i));
                    double spread = (k - (same.size() - 1) / 2.0) * OFFSET;
                    points.get(series)[i] = new Point(x.applyAsDouble(i), y.applyAsDouble(value.doubleValue()) + spread, value);
                }
            }
        }
        return points;
    }

    /** The series that have a value in the year of index {@code i}, grouped by that value, in series order. */
    static Map<BigDecimal, List<Integer>> sameValue(TrendChart chart, int i) {
        Map<BigDecimal, List<Integer>> groups = new LinkedHashMap<>();
        int year = chart.years().get(i);
        for (int s = 0; s < chart.series().size(); s++) {
            BigDecimal value = chart.series().get(s).value(year);
            if (value != null) {
                groups.computeIfAbsent(value.stripTrailingZeros(), v -> new ArrayList<>()).add(s);
            }
        }
        return groups;
    }
}
