package cn.nianbao.io.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a grid of cell texts with its spans resolved, the way a browser or Word copies it: a merged
 * cell's text sits in its top-left position, the other positions it covers are empty. Rows come out as
 * tab-separated lines, the form {@link cn.nianbao.io.text.TextReportReader} reads. Spans and sizes are
 * bounded, so a hostile file cannot make the grid grow without limit.
 */
public final class TableGrid {

    static final int MAX_SPAN = 200;
    static final int MAX_CELLS = 200_000;

    private final List<List<String>> rows = new ArrayList<>();
    private int row = -1;
    private int column;
    private int cells;

    public void startRow() {
        row++;
        ensure(row);
        column = 0;
    }

    /** Adds the next cell of the current row, after the positions taken by row spans from above. */
    public void cell(String text, int rowSpan, int colSpan) {
        if (row < 0) {
            startRow();
        }
        List<String> current = rows.get(row);
        while (column < current.size() && current.get(column) != null) {
            column++;
        }
        int down = bounded(rowSpan);
        int across = bounded(colSpan);
        for (int r = 0; r < down; r++) {
            for (int c = 0; c < across && cells < MAX_CELLS; c++) {
                set(row + r, column + c, r == 0 && c == 0 ? DocumentLines.clean(text) : "");
            }
        }
        column += across;
    }

    /** The rows as tab-separated lines; rows without any text are left out. */
    public List<String> tabLines() {
        List<String> lines = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            boolean any = false;
            for (int c = 0; c < r.size(); c++) {
                String text = r.get(c) == null ? "" : r.get(c);
                any |= !text.isEmpty();
                line.append(c == 0 ? "" : "\t").append(text);
            }
            if (any) {
                lines.add(r.size() == 1 ? line + "\t" : line.toString());
            }
        }
        return lines;
    }

    private static int bounded(int span) {
        return Math.max(1, Math.min(MAX_SPAN, span));
    }

    private void ensure(int index) {
        while (rows.size() <= index) {
            rows.add(new ArrayList<>());
        }
    }

    private void set(int r, int c, String text) {
        ensure(r);
        List<String> target = rows.get(r);
        while (target.size() <= c) {
            target.add(null);
        }
        if (target.get(c) == null) {
            target.set(c, text);
            cells++;
        }
    }
}
