package cn.nianbao.review.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

import cn.nianbao.review.trend.TrendChart;

/**
 * Where the points of a chart's series go. Series with the same value in a year, or values closer than
 * {@value #OFFSET} pixels on the chart's scale, would be drawn on top of each other and only the last line
 * would show, so there they are spread {@value #OFFSET} pixels apart around their mean height, in the order of
 * their values (and of the series for equal values); elsewhere a point is exactly at its value.
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
            int year = chart.years().get(i);
            List<Integer> drawn = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                if (chart.series().get(s).value(year) != null) {
                    drawn.add(s);
                }
            }
            double[] height = new double[count];
            drawn.forEach(s -> height[s] = y.applyAsDouble(chart.series().get(s).value(year).doubleValue()));
            drawn.sort(Comparator.comparingDouble((Integer s) -> height[s]));
            for (List<Integer> close : clusters(drawn, height)) {
                double mean = close.stream().mapToDouble(s -> height[s]).average().orElse(0);
                for (int k = 0; k < close.size(); k++) {
                    int series = close.get(k);
                    points.get(series)[i] = new Point(x.applyAsDouble(i), mean + (k - (close.size() - 1) / 2.0) * OFFSET,
                            chart.series().get(series).value(year));
                }
            }
        }
        return points;
    }

    /** The series, sorted by height, cut where two neighbours are at least {@value #OFFSET} pixels apart. */
    private static List<List<Integer>> clusters(List<Integer> sorted, double[] height) {
        List<List<Integer>> clusters = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int series : sorted) {
            if (!current.isEmpty() && height[series] - height[current.get(current.size() - 1)] >= OFFSET) {
                clusters.add(current);
                current = new ArrayList<>();
            }
            current.add(series);
        }
        if (!current.isEmpty()) {
            clusters.add(current);
        }
        return clusters;
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
