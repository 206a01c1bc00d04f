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
    private final List<PrintedCell> cells;
    private final PrintedCell[][] grid;

    PrintedLayout(int rows, int columns, List<PrintedCell> cells) {
        this.rows = rows;
        this.columns = columns;
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
        RowVisibility visibility = new RowVisibility(table, shownAlternates);
        return switch (table.definition().getPrintedLayout()) {
            case BLOCKS -> new BlockLayoutBuilder(table, visibility).build();
            case ONE_LINE -> new OneLineLayoutBuilder(table).build();
            default -> new GridLayoutBuilder(table, visibility).build();
        };
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Every printed cell once, in reading order. */
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
