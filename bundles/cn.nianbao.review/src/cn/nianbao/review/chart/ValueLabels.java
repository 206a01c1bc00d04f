package cn.nianbao.review.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.review.chart.ChartPoints.Point;
import cn.nianbao.review.trend.TrendChart;

/**
 * The value labels of a chart, placed so that none overlaps another. A label sits just above and right of its
 * point; a value several series share in a year is labelled once (in the text colour, not a series colour);
 * the labels of one year are then pushed apart, downwards first and upwards where they would leave the plot.
 * Labels of different years stand apart already (a year's column is wider than a label).
 */
final class ValueLabels {

    static final double SIZE = 11;
    private static final double LINE = SIZE + 3;

    /** A label: its text, where its baseline starts, whose value it is, and whether other series share it. */
    record Label(String text, double x, double y, int series, boolean shared) {
    }

    private ValueLabels() {
    }

    /** The labels of every year; baselines kept between {@code top} (plus a line) and {@code bottom}. */
    static List<Label> place(TrendChart chart, List<Point[]> points, double top, double bottom) {
        List<Label> all = new ArrayList<>();
        for (int i = 0; i < chart.years().size(); i++) {
            List<Label> year = new ArrayList<>();
            for (List<Integer> same : ChartPoints.sameValue(chart, i).values()) {
                Point highest = points.get(same.get(0))[i];
                for (int series : same) {
                    Point point = points.get(series)[i];
                    highest = point.y() < highest.y() ? point : highest;
                }
                year.add(new Label(text(highest.value()), highest.x() + 6, highest.y() - 7, same.get(0), same.size() > 1));
            }
            all.addAll(apart(year, top + LINE, bottom));
        }
        return all;
    }

    private static List<Label> apart(List<Label> labels, double top, double bottom) {
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingDouble(Label::y));
        double[] y = new double[sorted.size()];
        for (int k = 0; k < y.length; k++) {
            y[k] = Math.max(sorted.get(k).y(), k == 0 ? top : y[k - 1] + LINE);
        }
        for (int k = y.length - 1; k >= 0; k--) {
            y[k] = Math.min(y[k], k == y.length - 1 ? bottom : y[k + 1] - LINE);
        }
        List<Label> placed = new ArrayList<>(y.length);
        for (int k = 0; k < y.length; k++) {
            Label label = sorted.get(k);
            placed.add(new Label(label.text(), label.x(), y[k], label.series(), label.shared()));
        }
        return placed;
    }

    private static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
