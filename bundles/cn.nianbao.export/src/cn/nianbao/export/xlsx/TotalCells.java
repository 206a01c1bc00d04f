package cn.nianbao.export.xlsx;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.Totals;

/**
 * The printed cells a total adds up, as the model's {@link Totals} reads them from the catalogue, so that
 * the workbook's formulas sum what the editor sums.
 */
final class TotalCells {

    private final PrintedTable table;
    private final Totals totals;

    TotalCells(PrintedTable table) {
        this.table = table;
        this.totals = new Totals(table.layout());
    }

    /** The printed cells a total cell adds up, or an empty list when the cell is not a total. */
    List<PrintedCell> addends(PrintedCell cell) {
        CellAddress address = cell.address();
        List<PrintedCell> cells = new ArrayList<>();
        if (address == null) {
            return cells;
        }
        for (CellAddress wanted : totals.componentsOf(address)) {
            table.cells().stream().filter(c -> wanted.equals(c.address())).findFirst().ifPresent(cells::add);
        }
        return cells;
    }
}
