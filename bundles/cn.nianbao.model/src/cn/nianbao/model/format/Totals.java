package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;

/**
 * Which cells of a table are totals and what they add up, read from the catalogue's {@code total} flags:
 * a total column sums the other leaf columns under the same parent (总计 = 自然人 … 其他; 表四 总计 = the
 * four results), a total row sums the other data rows under its group ((七)总计 = (一) … (六)).
 */
public final class Totals {

    private final TableLayout table;

    public Totals(TableLayout table) {
        this.table = table;
    }

    public boolean isTotal(CellAddress address) {
        RowDef row = table.row(address.row());
        ColumnDef column = table.column(address.column());
        return row != null && column != null && (row.isTotal() || column.isTotal());
    }

    /** The cells this total adds up, each total component itself a cell of the table; empty if not a total. */
    public List<CellAddress> componentsOf(CellAddress address) {
        RowDef row = table.row(address.row());
        ColumnDef column = table.column(address.column());
        List<CellAddress> parts = new ArrayList<>();
        if (row == null || column == null) {
            return parts;
        }
        if (column.isTotal()) {
            for (ColumnDef sibling : leafSiblings(column)) {
                if (!sibling.isTotal() && table.columnsOf(row).contains(sibling)) {
                    parts.add(new CellAddress(table.id(), row.getId(), sibling.getId()));
                }
            }
        } else if (row.isTotal()) {
            for (RowDef sibling : leafSiblings(row)) {
                if (!sibling.isTotal()) {
                    parts.add(new CellAddress(table.id(), sibling.getId(), column.getId()));
                }
            }
        }
        return parts;
    }

    /** The totals that include this cell, nearest first (a row total before the grand total). */
    public List<CellAddress> totalsOver(CellAddress address) {
        List<CellAddress> totals = new ArrayList<>();
        for (CellAddress candidate : table.cells(true)) {
            if (isTotal(candidate) && componentsOf(candidate).contains(address)) {
                totals.add(candidate);
            }
        }
        return totals;
    }

    private List<ColumnDef> leafSiblings(ColumnDef column) {
        List<ColumnDef> leaves = new ArrayList<>();
        Object parent = column.eContainer();
        List<ColumnDef> siblings = parent instanceof ColumnDef group ? group.getChildren() : table.definition().getColumns();
        collectColumns(siblings, leaves);
        return leaves;
    }

    private static void collectColumns(List<ColumnDef> columns, List<ColumnDef> leaves) {
        for (ColumnDef column : columns) {
            if (column.getChildren().isEmpty()) {
                leaves.add(column);
            } else {
                collectColumns(column.getChildren(), leaves);
            }
        }
    }

    private List<RowDef> leafSiblings(RowDef row) {
        List<RowDef> leaves = new ArrayList<>();
        Object parent = row.eContainer();
        List<RowDef> siblings = parent instanceof RowDef group ? group.getChildren() : table.definition().getRows();
        collectRows(siblings, leaves);
        return leaves;
    }

    private static void collectRows(List<RowDef> rows, List<RowDef> leaves) {
        for (RowDef row : rows) {
            if (row.getChildren().isEmpty()) {
                leaves.add(row);
            } else {
                collectRows(row.getChildren(), leaves);
            }
        }
    }
}
