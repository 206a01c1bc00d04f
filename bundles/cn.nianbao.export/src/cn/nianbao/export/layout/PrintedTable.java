package cn.nianbao.export.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.PrintedLayout;
import cn.nianbao.model.format.TableLayout;

/**
 * One table laid out the way the official format prints it: a grid of {@link PrintedCell}s with their row
 * and column spans, the first {@link #headerRows()} rows being the header a page break repeats. The model's
 * {@link PrintedLayout} with the {@link #text(PrintedCell) text} each cell prints, shared by every document writer.
 */
public final class PrintedTable {

    private final TableLayout layout;
    private final PrintedLayout printed;
    private final List<PrintedCell> cells;
    private final Map<PrintedCell, String> texts;

    PrintedTable(TableLayout layout, PrintedLayout printed, List<PrintedCell> cells, Map<PrintedCell, String> texts) {
        this.layout = layout;
        this.printed = printed;
        this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
        this.texts = Map.copyOf(texts);
    }

    public String id() {
        return layout.id();
    }

    public TableLayout layout() {
        return layout;
    }

    /** The model's layout this table prints: the spans, without the texts. */
    public PrintedLayout printedLayout() {
        return printed;
    }

    /** The table's official caption (zh), e.g. 收到和处理政府信息公开申请情况. */
    public String caption() {
        return layout.definition().getCaption();
    }

    /** The catalogue key of the section the table belongs to (S2, S3, S4). */
    public String section() {
        return layout.definition().getSection();
    }

    /** Every cell in reading order: by row, then by column. */
    public List<PrintedCell> cells() {
        return cells;
    }

    /**
     * What a cell prints: its label, or for a value cell the value exactly as printed, empty for a blank
     * cell (never "0").
     */
    public String text(PrintedCell cell) {
        return texts.getOrDefault(cell, "");
    }

    public int rowCount() {
        return printed.rows();
    }

    public int columnCount() {
        return printed.columns();
    }

    /** Rows at the top that a page break repeats (0 for 表二, whose blocks carry their own headers). */
    public int headerRows() {
        return printed.headerRows();
    }

    /** How many grid columns at the left hold row labels. */
    public int labelColumns() {
        return printed.labelColumns();
    }

    /** The cells whose top-left corner is in this grid row. */
    public List<PrintedCell> startingIn(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }

    /** The cell covering a grid position, or null where no cell does. */
    public PrintedCell at(int row, int column) {
        return printed.at(row, column);
    }
}
