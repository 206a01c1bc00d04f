package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
        List<ColumnDef> siblings = column.eContainer() instanceof ColumnDef group ? group.getChildren()
                : table.definition().getColumns();
        return leaves(siblings, ColumnDef::getChildren, new ArrayList<>());
    }

    private List<RowDef> leafSiblings(RowDef row) {
        List<RowDef> siblings = row.eContainer() instanceof RowDef group ? group.getChildren() : table.definition().getRows();
        return leaves(siblings, RowDef::getChildren, new ArrayList<>());
    }

    /** The innermost nodes under these rows or columns, in printed order. */
    private static <T> List<T> leaves(List<T> nodes, Function<T, List<T>> children, List<T> into) {
        for (T node : nodes) {
            List<T> below = children.apply(node);
            if (below.isEmpty()) {
                into.add(node);
            } else {
                leaves(below, children, into);
            }
        }
        return into;
    }
}
