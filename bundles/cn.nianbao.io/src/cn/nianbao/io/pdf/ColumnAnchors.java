package cn.nianbao.io.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Labels;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;

/**
 * Finds the value columns of a grid table (表三: seven in the national formats) or a one-line table (表四:
 * fifteen) from the header words printed above the values: the left edge of each column's header is the
 * left edge of its column. The columns are those of the catalogue's templates; header words may wrap
 * ("科研机" / "构"), so a column is recognised by the start of its label.
 */
final class ColumnAnchors {

    /** How much of a label a wrapped header keeps on its first line. */
    private static final int PREFIX = 2;
    /** The normalised leaf column labels of each table and the width of a one-line table (-1: a grid). */
    private record Columns(List<String> labels, int width) {
    }

    private static final Columns NONE = new Columns(List.of(), 0);
    /** Read once per table (tables are immutable). */
    private static final Map<TableLayout, Columns> COLUMNS = new ConcurrentHashMap<>();

    private ColumnAnchors() {
    }

    /** The left edges of the value columns named in these header segments, or null; the widest match wins. */
    static List<Double> find(List<Segment> segments) {
        List<Segment> header = new ArrayList<>();
        for (Segment s : segments) {
            header.addAll(s.words());
        }
        if (header.isEmpty()) {
            return null;
        }
        // normalised once here: this runs for every value line after a header, against every template's tables
        List<String> texts = header.stream().map(s -> Labels.normalize(s.text())).toList();
        Set<Columns> tried = new HashSet<>();
        List<Double> best = null;
        for (Template template : FormatCatalogue.templates()) {
            for (TableLayout table : template.tables()) {
                Columns columns = columns(table);
                if (columns == null || !tried.add(columns)) {
                    continue;
                }
                List<Double> found = columns.width() < 0 ? grid(header, texts, columns.labels())
                        : oneLine(header, texts, columns.labels(), columns.width());
                if (found != null && (best == null || found.size() > best.size())) {
                    best = found;
                }
            }
        }
        return best;
    }

    /** The columns of a table whose header positions its values, or null; templates often share them. */
    private static Columns columns(TableLayout table) {
        Columns columns = COLUMNS.computeIfAbsent(table, t -> {
            List<String> labels = t.leafColumns().stream().map(c -> Labels.normalize(c.getLabel())).toList();
            return switch (t.definition().getPrintedLayout()) {
                case GRID -> new Columns(labels, -1);
                case ONE_LINE -> new Columns(labels, t.cells(false).size());
                default -> NONE;
            };
        });
        return columns == NONE ? null : columns;
    }

    private static List<Double> grid(List<Segment> header, List<String> texts, List<String> labels) {
        List<Double> anchors = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (String label : labels) {
            String start = label.substring(0, Math.min(PREFIX, label.length()));
            Segment found = null;
            for (int i = 0; i < header.size(); i++) {
                Segment s = header.get(i);
                String text = texts.get(i);
                // a short label (其他) must not be taken from a longer word that starts like it
                boolean longer = label.length() <= PREFIX && text.length() > label.length() + 1;
                if (text.startsWith(start) && !longer && s.x0() > last && (found == null || s.x0() < found.x0())) {
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

    private static List<Double> oneLine(List<Segment> header, List<String> texts, List<String> labels, int width) {
        List<String> starts = labels.stream().map(l -> l.substring(0, Math.min(PREFIX, l.length()))).distinct().toList();
        List<Double> anchors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String text = texts.get(i);
            if (text.length() <= 5 && starts.stream().anyMatch(text::startsWith)) {
                anchors.add(header.get(i).x0());
            }
        }
        anchors.sort(Double::compare);
        List<Double> distinct = new ArrayList<>();
        for (double x : anchors) {
            if (distinct.isEmpty() || x - distinct.get(distinct.size() - 1) > 3) {
                distinct.add(x);
            }
        }
        return distinct.size() == width ? distinct : null;
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
