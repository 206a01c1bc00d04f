package cn.nianbao.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.export.layout.ColumnWeights;
import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.model.format.PrintedCell;

/**
 * Draws a printed table with its spans: row heights from the wrapped cell texts (a spanning cell grows
 * the last row it covers), pages filled row by row, the header rows drawn again at the top of every
 * continuation page, and a spanning row label repeated on each page it reaches. Each cell is drawn whole
 * before the next, so that text extraction reads cell by cell.
 */
final class PdfTableRenderer {

    static final float SIZE = 9f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 2.5f;
    private static final float CAPTION_SIZE = 11f;
    private static final int KEEP_TOGETHER = 10;

    private final PdfCanvas canvas;
    private final LineBreaker breaker;

    PdfTableRenderer(PdfCanvas canvas) {
        this.canvas = canvas;
        this.breaker = new LineBreaker(canvas.font(), SIZE);
    }

    /** The height the table needs at the foot of a page to start there: caption, header and three body rows. */
    float start(PrintedTable table) throws IOException {
        float[] heights = rowHeights(table, columnPositions(table));
        int first = table.headerRows();
        return CAPTION_SIZE * 1.8f + sum(heights, 0, Math.min(first + 2, table.rowCount() - 1));
    }

    void draw(PrintedTable table) throws IOException {
        float[] x = columnPositions(table);
        float[] heights = rowHeights(table, x);
        int first = table.headerRows();
        // the caption and header never stand alone at the foot of a page: some body rows come with them
        canvas.need(start(table));
        caption(table.caption());
        drawRows(table, x, heights, 0, table.headerRows() - 1);
        int row = first;
        boolean fresh = false;
        while (row < table.rowCount()) {
            int last = row;
            float used = heights[row];
            while (last + 1 < table.rowCount() && used + heights[last + 1] <= canvas.room()) {
                used += heights[++last];
            }
            last = keepGroupsTogether(table, row, last);
            used = sum(heights, row, last);
            if (used > canvas.room() && !fresh) {
                continuationPage(table, x, heights);
                fresh = true;
                continue;
            }
            drawRows(table, x, heights, row, last);
            row = last + 1;
            fresh = false;
            if (row < table.rowCount()) {
                continuationPage(table, x, heights);
                fresh = true;
            }
        }
        canvas.moveDown(LEADING);
    }

    /**
     * Moves a page break that would cut a small row group (（三）不予公开 and its eight rows) to before the group,
     * as long as something is left for this page; only a group too long to keep (三、本年度办理结果) is split.
     */
    private static int keepGroupsTogether(PrintedTable table, int row, int last) {
        if (last + 1 >= table.rowCount()) {
            return last;
        }
        int kept = last;
        // a block's caption and header row (表二) go to the next page with the block's first row
        while (kept > row && startsBlock(table, kept)) {
            kept--;
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (PrintedCell cell : table.cells()) {
                boolean cut = cell.row() > row && cell.row() <= kept && cell.lastRow() > kept;
                if (cut && cell.rowSpan() <= KEEP_TOGETHER) {
                    kept = cell.row() - 1;
                    moved = true;
                }
            }
        }
        return kept;
    }

    private static boolean startsBlock(PrintedTable table, int row) {
        return table.startingIn(row).stream()
                .anyMatch(c -> c.kind() == PrintedCell.Kind.CAPTION || c.kind() == PrintedCell.Kind.CORNER);
    }

    private void continuationPage(PrintedTable table, float[] x, float[] heights) throws IOException {
        canvas.newPage();
        drawRows(table, x, heights, 0, table.headerRows() - 1);
    }

    private void caption(String caption) throws IOException {
        String text = canvas.font().drawable(caption);
        float width = canvas.font().width(text, CAPTION_SIZE);
        canvas.text(text, canvas.left() + (canvas.width() - width) / 2, canvas.y() - CAPTION_SIZE, CAPTION_SIZE);
        canvas.moveDown(CAPTION_SIZE * 1.8f);
    }

    /** Draws grid rows from..to (inclusive) at the cursor and moves it below them. */
    private void drawRows(PrintedTable table, float[] x, float[] heights, int from, int to) throws IOException {
        if (to < from) {
            return;
        }
        float top = canvas.y();
        List<PrintedCell> visible = new ArrayList<>();
        for (PrintedCell cell : table.cells()) {
            if (cell.lastRow() >= from && cell.row() <= to) {
                visible.add(cell);
            }
        }
        visible.sort(Comparator.comparingInt((PrintedCell c) -> Math.max(c.row(), from)).thenComparingInt(PrintedCell::column));
        for (PrintedCell cell : visible) {
            int r0 = Math.max(cell.row(), from);
            int r1 = Math.min(cell.lastRow(), to);
            float cellTop = top - sum(heights, from, r0 - 1);
            float height = sum(heights, r0, r1);
            float width = x[cell.lastColumn() + 1] - x[cell.column()];
            canvas.box(x[cell.column()], cellTop, width, height);
            text(cell, table.text(cell), x[cell.column()], cellTop, width, height, r0 > cell.row());
        }
        canvas.moveDown(sum(heights, from, to));
    }

    private void text(PrintedCell cell, String text, float left, float top, float width, float height, boolean continued)
            throws IOException {
        List<String> lines = breaker.lines(text, width - 2 * PAD, 0);
        float block = lines.size() * LEADING;
        if (continued && block > height) {
            // the label already stands on the previous page and does not fit the rest of its span here
            return;
        }
        float baseline = top - (height - block) / 2 - SIZE;
        for (String line : lines) {
            float w = canvas.font().width(line, SIZE);
            float offset = switch (cell.kind()) {
                case DATA -> width - PAD - w;
                case ROW_HEADER -> PAD;
                default -> (width - w) / 2;
            };
            canvas.text(line, left + offset, baseline, SIZE);
            baseline -= LEADING;
        }
    }

    private float[] columnPositions(PrintedTable table) {
        double[] weights = ColumnWeights.of(table);
        float[] x = new float[weights.length + 1];
        x[0] = canvas.left();
        for (int i = 0; i < weights.length; i++) {
            x[i + 1] = x[i] + (float) (weights[i] * canvas.width());
        }
        return x;
    }

    private float[] rowHeights(PrintedTable table, float[] x) throws IOException {
        float[] heights = new float[table.rowCount()];
        java.util.Arrays.fill(heights, LEADING + 2 * PAD);
        List<PrintedCell> bySpan = new ArrayList<>(table.cells());
        bySpan.sort(Comparator.comparingInt(PrintedCell::rowSpan));
        for (PrintedCell cell : bySpan) {
            float width = x[cell.lastColumn() + 1] - x[cell.column()] - 2 * PAD;
            float needed = breaker.lines(table.text(cell), width, 0).size() * LEADING + 2 * PAD;
            float have = sum(heights, cell.row(), cell.lastRow());
            if (needed > have) {
                heights[cell.lastRow()] += needed - have;
            }
        }
        return heights;
    }

    private static float sum(float[] heights, int from, int to) {
        float total = 0;
        for (int i = Math.max(0, from); i <= to && i < heights.length; i++) {
            total += heights[i];
        }
        return total;
    }
}
