package cn.nianbao.export.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.nianbao.model.format.TableLayout;

/**
 * One table laid out the way the official format prints it: a grid of {@link PrintedCell}s with their row
 * and column spans, the first {@link #headerRows()} rows being the header a page break repeats. Derived once
 * from the catalogue's row and column trees and shared by every document writer.
 */
public final class PrintedTable {

    private final TableLayout layout;
    private final List<PrintedCell> cells;
    private final int rows;
    private final int columns;
    private final int headerRows;
    private final int labelColumns;

    PrintedTable(TableLayout layout, List<PrintedCell> cells, int headerRows, int labelColumns) {
        this.layout = layout;
        this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
        this.rows = cells.stream().mapToInt(c -> c.lastRow() + 1).max().orElse(0);
        this.columns = cells.stream().mapToInt(c -> c.lastColumn() + 1).max().orElse(0);
        this.headerRows = headerRows;
        this.labelColumns = labelColumns;
    }

    public String id() {
        return layout.id();
    }

    public TableLayout layout() {
        return layout;
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

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return columns;
    }

    /** Rows at the top that a page break repeats (0 for 表二, whose blocks carry their own headers). */
    public int headerRows() {
        return headerRows;
    }

    /** How many grid columns at the left hold row labels. */
    public int labelColumns() {
        return labelColumns;
    }

    /** The cells whose top-left corner is in this grid row. */
    public List<PrintedCell> startingIn(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }

    /** The cell covering a grid position, or null where no cell does. */
    public PrintedCell at(int row, int column) {
        for (PrintedCell cell : cells) {
            if (cell.covers(row, column)) {
                return cell;
            }
        }
        return null;
    }
}
