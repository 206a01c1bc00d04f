package cn.nianbao.review.chart;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.review.trend.TrendChart;
import cn.nianbao.review.trend.TrendSeries;

/**
 * Draws one trend chart as a line chart: title, horizontal grid with a rounded scale, one line per series
 * with its points labelled by their values, years along the bottom, and a legend under the chart. Blank
 * years break a line rather than dropping it to 0.
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
        for (int s = 0; s < chart.series().size(); s++) {
            drawSeries(canvas, chart.series().get(s), years, PALETTE[s % PALETTE.length], left, right, top, bottom, scale);
        }
        legend(chart, canvas, width, bottom + 38, chinese);
    }

    private static void drawSeries(Canvas canvas, TrendSeries series, List<Integer> years, int colour, double left,
            double right, double top, double bottom, Scale scale) {
        double[] previous = null;
        for (int i = 0; i < years.size(); i++) {
            BigDecimal value = series.value(years.get(i));
            if (value == null) {
                previous = null;
                continue;
            }
            double x = x(i, years.size(), left, right);
            double y = bottom - (bottom - top) * scale.fraction(value);
            if (previous != null) {
                canvas.line(previous[0], previous[1], x, y, colour, 2.5);
            }
            canvas.circle(x, y, 4, colour);
            canvas.text(value.stripTrailingZeros().toPlainString(), x + 6, y - 7, 11, colour, Canvas.Anchor.START, false);
            previous = new double[] { x, y };
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
