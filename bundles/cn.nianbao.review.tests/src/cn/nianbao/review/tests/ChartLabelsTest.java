package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cn.nianbao.review.chart.Canvas;
import cn.nianbao.review.chart.ChartPainter;
import cn.nianbao.review.trend.TrendChart;
import cn.nianbao.review.trend.TrendSeries;

/**
 * A trend chart a reviewer can read: value labels never overlap, and a line equal to another stays visible. The
 * chart is drawn on a canvas that records what is drawn. Three series over 2022–2024, where 1000 in 2024 puts
 * 10, 11, 12 and 13 within a few pixels of each other, and the first two series are equal (10, 10) in 2022–2023.
 * Each value label has a white ground (a rectangle under it) so that a line through it does not hide it.
 */
class ChartLabelsTest {

    private static final int FIRST = 0x1F77B4;
    private static final int SECOND = 0xD62728;
    private static final int THIRD = 0x2CA02C;
    private static final double VALUE_LABEL_SIZE = 11;

    private record Text(String text, double x, double y, double size) {
    }

    private record Line(double x1, double y1, double x2, double y2, int colour) {
    }

    /** Records the texts and lines of a chart; text width as the SVG canvas estimates it. */
    private static final class Recording implements Canvas {
        final List<Text> texts = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        final List<double[]> whiteGrounds = new ArrayList<>();

        @Override
        public void rect(double x, double y, double width, double height, int fill) {
            if (fill == 0xFFFFFF && width < 100) { // not the chart's own white background
                whiteGrounds.add(new double[] { x, y, x + width, y + height });
            }
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, int colour, double width) {
            lines.add(new Line(x1, y1, x2, y2, colour));
        }

        @Override
        public void circle(double cx, double cy, double r, int fill) {
        }

        @Override
        public void text(String text, double x, double y, double size, int colour, Anchor anchor, boolean bold) {
            texts.add(new Text(text, x, y, size));
        }

        @Override
        public double textWidth(String text, double size) {
            return text.length() * size * 0.6;
        }
    }

    private static TrendSeries series(String id, int... values) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            byYear.put(2022 + i, BigDecimal.valueOf(values[i]));
        }
        return new TrendSeries(id, id, id, List.of(), new TreeMap<>(byYear));
    }

    private static Recording draw() {
        TrendChart chart = new TrendChart("test", "测试", "Test", List.of(2022, 2023, 2024),
                List.of(series("a", 10, 10, 1000), series("b", 10, 10, 12), series("c", 11, 13, 10)));
        Recording canvas = new Recording();
        ChartPainter.paint(chart, canvas, 720, 420, true);
        return canvas;
    }

    @Test
    void valueLabelsDoNotOverlapAndASharedValueIsLabelledOnce() {
        Recording canvas = draw();
        List<Text> labels = canvas.texts.stream().filter(t -> t.size() == VALUE_LABEL_SIZE).toList();

        assertEquals(List.of("10", "10", "10", "1000", "11", "12", "13"),
                labels.stream().map(Text::text).sorted().toList(),
                "2022: 10 (two series) and 11; 2023: 10 (two series) and 13; 2024: 1000, 12, 10");
        for (Text label : labels) {
            double right = label.x() + canvas.textWidth(label.text(), label.size());
            assertTrue(canvas.whiteGrounds.stream().anyMatch(g -> g[0] <= label.x() && right <= g[2]
                    && g[1] <= label.y() - label.size() && label.y() <= g[3]), "a white ground under " + label);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(overlap(labels.get(i), labels.get(j), canvas), labels.get(i) + " overlaps " + labels.get(j));
            }
        }
    }

    @Test
    void equalAndNearlyEqualLinesAreAllVisible() {
        Recording canvas = draw();
        Line first = canvas.lines.stream().filter(l -> l.colour() == FIRST).findFirst().orElseThrow();
        Line second = canvas.lines.stream().filter(l -> l.colour() == SECOND).findFirst().orElseThrow();
        Line third = canvas.lines.stream().filter(l -> l.colour() == THIRD).findFirst().orElseThrow();
        assertTrue(Math.abs(first.y1() - third.y1()) >= 3, "10 and 11 on a scale to 1000 (a third of a pixel apart) "
                + "drawn apart: " + first + " / " + third);

        assertEquals(first.x1(), second.x1(), 1e-9, "both start at 2022");
        assertTrue(Math.abs(first.y1() - second.y1()) >= 3, "10 and 10 drawn apart: " + first + " / " + second);
        assertTrue(Math.abs(first.y1() - second.y1()) <= 8, "but close to their value: " + first + " / " + second);
    }

    private static boolean overlap(Text a, Text b, Canvas canvas) {
        boolean across = a.x() < b.x() + canvas.textWidth(b.text(), b.size()) && b.x() < a.x() + canvas.textWidth(a.text(), a.size());
        boolean down = a.y() - a.size() < b.y() && b.y() - b.size() < a.y();
        return across && down;
    }
}
