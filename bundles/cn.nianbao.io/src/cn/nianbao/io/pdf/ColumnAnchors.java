package cn.nianbao.io.pdf;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.format.Labels;

/**
 * Finds the value columns of table 三 (seven) or 四 (fifteen) from the header words printed above the
 * values: the left edge of each column's header is the left edge of its column. Header words may wrap
 * ("科研机" / "构"), so a column is recognised by the start of its label.
 */
final class ColumnAnchors {

    private static final List<String> T3 = List.of("自然", "商业", "科研", "社会", "法律", "其他", "总计");
    private static final List<String> T4 = List.of("结果", "其他", "尚未", "总计");
    private static final int T4_WIDTH = 15;

    private ColumnAnchors() {
    }

    /** The left edges of the value columns named in these header segments, or null. */
    static List<Double> find(List<Segment> segments) {
        List<Segment> header = new ArrayList<>();
        for (Segment s : segments) {
            header.addAll(s.words());
        }
        List<Double> t3 = table3(header);
        return t3 != null ? t3 : table4(header);
    }

    private static List<Double> table3(List<Segment> header) {
        List<Double> anchors = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (String start : T3) {
            Segment found = null;
            for (Segment s : header) {
                String text = Labels.normalize(s.text());
                boolean other = start.equals("其他") && text.length() > 3;
                if (text.startsWith(start) && !other && s.x0() > last && (found == null || s.x0() < found.x0())) {
                    found = s;
                }
            }
            if (found == null) {
                return null;
            }
            anchors.add(found.x0());
            last = found.x0();
        }
        return anchors;
    }

    private static List<Double> table4(List<Segment> header) {
        List<Double> anchors = new ArrayList<>();
        for (Segment s : header) {
            String text = Labels.normalize(s.text());
            if (T4.stream().anyMatch(text::startsWith) && text.length() <= 5) {
                anchors.add(s.x0());
            }
        }
        anchors.sort(Double::compare);
        List<Double> distinct = new ArrayList<>();
        for (double x : anchors) {
            if (distinct.isEmpty() || x - distinct.get(distinct.size() - 1) > 3) {
                distinct.add(x);
            }
        }
        return distinct.size() == T4_WIDTH ? distinct : null;
    }

    /** The column of each value, or null when a value falls left of the columns or two share one. */
    static int[] place(List<Segment> values, List<Double> anchors) {
        int[] columns = new int[values.size()];
        boolean[] taken = new boolean[anchors.size()];
        for (int v = 0; v < values.size(); v++) {
            Segment value = values.get(v);
            double tolerance = Math.max(2, value.size() * 0.5);
            int column = -1;
            for (int c = 0; c < anchors.size(); c++) {
                if (anchors.get(c) <= value.x0() + tolerance) {
                    column = c;
                }
            }
            if (column < 0 || taken[column]) {
                return null;
            }
            taken[column] = true;
            columns[v] = column;
        }
        return columns;
    }
}
