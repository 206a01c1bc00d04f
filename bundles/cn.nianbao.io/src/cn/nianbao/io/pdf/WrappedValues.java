package cn.nianbao.io.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Numbers that a narrow cell wrapped over two lines ("300" above the row's line, "1" below it, when the cell
 * is centred vertically; "300" on the row's line and "1" below, when it is top-aligned), joined again into
 * the row: a digit run alone in its line, right above or below a row of values, in the same column.
 */
final class WrappedValues {

    /** A row of table 三 or 四 has seven or fifteen values; table 二's rows and prose have fewer. */
    private static final int ROW_VALUES = 3;

    private WrappedValues() {
    }

    /**
     * The lines with wrapped numbers joined; the lines are copied where they change. Centred halves are
     * joined first, so that the upper half of the next row's number is not taken for the tail of this one's.
     */
    static List<List<Segment>> join(List<List<Segment>> lines) {
        List<List<Segment>> out = new ArrayList<>(lines);
        for (int i = 1; i + 1 < out.size(); i++) {
            Segment above = fragment(out.get(i - 1));
            Segment below = above == null ? null : fragment(out.get(i + 1));
            List<Segment> row = out.get(i);
            if (below != null && overlaps(above, below) && isRow(row) && row.stream().noneMatch(s -> overlaps(s, above))) {
                out.set(i - 1, without(out.get(i - 1), above));
                joinInto(out, i, null, joined(above, below), below);
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Segment below = fragment(out.get(i + 1));
            if (below == null || !isRow(out.get(i))) {
                continue;
            }
            Segment top = out.get(i).stream().filter(s -> s.isValue() && overlaps(s, below)).findFirst().orElse(null);
            if (top != null && isDigits(top)) {
                joinInto(out, i, top, joined(top, below), below);
            }
        }
        return out;
    }

    private static void joinInto(List<List<Segment>> lines, int index, Segment replaced, Segment value, Segment moved) {
        List<Segment> row = new ArrayList<>(lines.get(index));
        row.remove(replaced);
        row.add(value);
        row.sort(Comparator.comparingDouble(Segment::x0));
        lines.set(index, row);
        lines.set(index + 1, without(lines.get(index + 1), moved));
    }

    private static boolean isRow(List<Segment> line) {
        int values = 0;
        for (int i = 0; i < line.size() && values < ROW_VALUES; i++) {
            values += line.get(i).isValue() ? 1 : 0;
        }
        return values >= ROW_VALUES;
    }

    private static boolean isDigits(Segment segment) {
        String text = segment.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** The line's only value, when it is a run of digits and nothing else in the line is a value. */
    private static Segment fragment(List<Segment> line) {
        // the value is the last thing in its line (a label beside it belongs to a column on its left)
        Segment last = line.isEmpty() ? null : line.get(line.size() - 1);
        if (last == null || !isDigits(last)) {
            return null;
        }
        for (int i = 0; i < line.size() - 1; i++) {
            if (line.get(i).isValue()) {
                return null;
            }
        }
        return last;
    }

    private static boolean overlaps(Segment a, Segment b) {
        return a.x0() < b.x1() && b.x0() < a.x1();
    }

    private static Segment joined(Segment first, Segment second) {
        return new Segment(Math.min(first.x0(), second.x0()), Math.max(first.x1(), second.x1()), first.size(),
                first.text() + second.text(), List.of());
    }

    private static List<Segment> without(List<Segment> line, Segment segment) {
        List<Segment> rest = new ArrayList<>(line);
        rest.remove(segment);
        return rest;
    }
}
