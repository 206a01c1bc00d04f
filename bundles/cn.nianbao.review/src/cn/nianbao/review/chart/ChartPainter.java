package cn.nianbao.review.chart;

import java.util.List;

import cn.nianbao.review.trend.TrendChart;

/**
 * Draws one trend chart as a line chart: title, horizontal grid with a rounded scale, one line per series
 * with its points labelled by their values, years along the bottom, and a legend under the chart. Blank
 * years break a line rather than dropping it to 0. Series with the same value in a year are drawn a few pixels
 * apart there ({@link ChartPoints}) so that no line hides another, and the value labels of a year are moved
 * apart until none overlaps another ({@link ValueLabels}); a value several series share is labelled once.
 */
public final class ChartPainter {

    static final int[] PALETTE = { 0x1F77B4, 0xD62728, 0x2CA02C, 0xFF7F0E, 0x9467BD, 0x8C564B };
    private static final int TEXT = 0x222222;
    private static final int GRID = 0xDDDDDD;
    private static final int AXIS = 0x888888;

    private ChartPainter() {
    }

    public static void paint(TrendChart chart, Canvas canvas, int width, int height, boolean chinese) {
        canvas.rect(0, 0, width, height, 0xFFFFFF);
        canvas.text(chart.title(chinese), width / 2.0, 30, 18, TEXT, Canvas.Anchor.MIDDLE, true);
        int legendRows = (chart.series().size() + 2) / 3;
        double left = 70;
        double right = width - 30;
        double top = 56;
        double bottom = height - 50 - legendRows * 22;
        Scale scale = Scale.of(chart.max());
        for (int i = 0; i <= scale.steps(); i++) {
            double y = bottom - (bottom - top) * i / scale.steps();
            canvas.line(left, y, right, y, GRID, 1);
            canvas.text(scale.label(i), left - 8, y + 4, 12, TEXT, Canvas.Anchor.END, false);
        }
        canvas.line(left, bottom, right, bottom, AXIS, 1.5);
        List<Integer> years = chart.years();
        for (int i = 0; i < years.size(); i++) {
            canvas.text(String.valueOf(years.get(i)), x(i, years.size(), left, right), bottom + 20, 13, TEXT,
                    Canvas.Anchor.MIDDLE, false);
        }
        List<ChartPoints.Point[]> points = ChartPoints.of(chart, i -> x(i, years.size(), left, right),
                value -> bottom - (bottom - top) * value / scale.top());
        for (int s = 0; s < chart.series().size(); s++) {
            drawSeries(canvas, points.get(s), PALETTE[s % PALETTE.length]);
        }
        for (ValueLabels.Label label : ValueLabels.place(chart, points, top, bottom - 2)) {
            int colour = label.shared() ? TEXT : PALETTE[label.series() % PALETTE.length];
            // a white ground keeps the figure readable where a line runs through it
            canvas.rect(label.x() - 2, label.y() - ValueLabels.SIZE, canvas.textWidth(label.text(), ValueLabels.SIZE) + 4,
                    ValueLabels.SIZE + 3, 0xFFFFFF);
            canvas.text(label.text(), label.x(), label.y(), ValueLabels.SIZE, colour, Canvas.Anchor.START, false);
        }
        legend(chart, canvas, width, bottom + 38, chinese);
    }

    /** One series: its line (broken at blank years) and a marker on every point. */
    private static void drawSeries(Canvas canvas, ChartPoints.Point[] points, int colour) {
        ChartPoints.Point previous = null;
        for (ChartPoints.Point point : points) {
            if (point != null && previous != null) {
                canvas.line(previous.x(), previous.y(), point.x(), point.y(), colour, 2.5);
            }
            if (point != null) {
                canvas.circle(point.x(), point.y(), 4, colour);
            }
            previous = point;
        }
    }

    private static void legend(TrendChart chart, Canvas canvas, int width, double y, boolean chinese) {
        double column = (width - 80) / 3.0;
        for (int s = 0; s < chart.series().size(); s++) {
            double x = 40 + column * (s % 3);
            double row = y + 22 * (s / 3);
            canvas.rect(x, row - 10, 18, 10, PALETTE[s % PALETTE.length]);
            canvas.text(chart.series().get(s).label(chinese), x + 24, row, 13, TEXT, Canvas.Anchor.START, false);
        }
    }

    private static double x(int index, int count, double left, double right) {
        double inner = 40;
        return count <= 1 ? (left + right) / 2 : left + inner + (right - left - 2 * inner) * index / (count - 1);
    }
}
