package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import cn.nianbao.model.catalogue.RowDef;

/**
 * A table laid out as the official format prints it, derived from the catalogue's row and column trees:
 * a rectangle of rows × columns covered by {@link PrintedCell}s with their spans. The editors, the Word,
 * HTML, PDF and Excel writers all draw from it, so the headers read the same everywhere.
 */
public final class PrintedLayout {

    private final int rows;
    private final int columns;
    private final int headerRows;
    private final int labelColumns;
    private final List<PrintedCell> cells;
    private final PrintedCell[][] grid;

    PrintedLayout(int rows, int columns, int headerRows, int labelColumns, List<PrintedCell> cells) {
        this.rows = rows;
        this.columns = columns;
        this.headerRows = headerRows;
        this.labelColumns = labelColumns;
        this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
        this.grid = new PrintedCell[rows][columns];
        for (PrintedCell cell : cells) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    grid[r][c] = cell;
                }
            }
        }
    }

    /**
     * The layout of a table. {@code shownAlternates} says which alternate rows (the unsplit （六）其他处理)
     * to print instead of the rows they stand for; usually those the report has values in.
     */
    public static PrintedLayout of(TableLayout table, Predicate<RowDef> shownAlternates) {
        return of(table, RowVisibility.alternates(table, shownAlternates));
    }

    /**
     * The layout of a table printing exactly the data rows {@code printedRows} accepts (a group prints when
     * any of its rows does). For callers whose choice is not "an alternate instead of its rows": a document
     * prints an alternate row and the rows it stands for both when the report filled both.
     */
    public static PrintedLayout ofRows(TableLayout table, Predicate<RowDef> printedRows) {
        return of(table, RowVisibility.rows(table, printedRows));
    }

    private static PrintedLayout of(TableLayout table, RowVisibility visibility) {
        return switch (table.definition().getPrintedLayout()) {
            case BLOCKS -> new BlockLayoutBuilder(table, visibility).build();
            case ONE_LINE -> new OneLineLayoutBuilder(table, visibility).build();
            default -> new GridLayoutBuilder(table, visibility).build();
        };
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /**
     * Rows at the top that form the table's header, the ones a page break repeats: the column label rows of a
     * grid, the group and label rows over the line of a one-line table; 0 for a table in blocks, whose blocks
     * carry their own header lines.
     */
    public int headerRows() {
        return headerRows;
    }

    /** Columns at the left that hold row labels: the nesting depth of a grid's rows, 1 for blocks, 0 for one line. */
    public int labelColumns() {
        return labelColumns;
    }

    /** Every printed cell once, in the order the layout was built (by row for blocks and rows of a grid). */
    public List<PrintedCell> cells() {
        return cells;
    }

    /** The printed cell covering this position (the same object for every position of a spanned cell). */
    public PrintedCell at(int row, int column) {
        return grid[row][column];
    }

    /** The printed position of a value cell, or null when the layout does not show it. */
    public PrintedCell find(cn.nianbao.model.CellAddress address) {
        for (PrintedCell cell : cells) {
            if (address.equals(cell.address())) {
                return cell;
            }
        }
        return null;
    }
}
