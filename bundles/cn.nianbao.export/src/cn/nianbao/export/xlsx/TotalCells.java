package cn.nianbao.export.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.TableLayout;

/**
 * Which printed cells are totals and what they add up, read from the catalogue: a node marked
 * {@code total} sums the leaves of its parent group other than itself (总计 C7 = C1…C6 in 表三, （七）总计
 * R24 = R03…R23, 表四 总计 = the four results). Where a cell is in a total column and a total row (R24 × C7)
 * the column's formula (the row sum) wins; both give the same number in a report that adds up.
 */
final class TotalCells {

    private final PrintedTable table;
    private final TableLayout layout;

    TotalCells(PrintedTable table) {
        this.table = table;
        this.layout = table.layout();
    }

    /** The printed cells a total cell adds up, or an empty list when the cell is not a total. */
    List<PrintedCell> addends(PrintedCell cell) {
        CellAddress address = cell.address();
        if (address == null) {
            return List.of();
        }
        ColumnDef column = layout.column(address.column());
        if (column != null && column.isTotal()) {
            return printed(leafIds(column), id -> new CellAddress(address.table(), address.row(), id));
        }
        RowDef row = layout.row(address.row());
        if (row != null && row.isTotal()) {
            return printed(leafIds(row), id -> new CellAddress(address.table(), id, address.column()));
        }
        return List.of();
    }

    private List<PrintedCell> printed(List<String> ids, java.util.function.Function<String, CellAddress> at) {
        List<PrintedCell> cells = new ArrayList<>();
        for (String id : ids) {
            CellAddress wanted = at.apply(id);
            table.cells().stream().filter(c -> wanted.equals(c.address())).findFirst().ifPresent(cells::add);
        }
        return cells;
    }

    /** The leaves under the total's parent, the total itself excluded. */
    private static List<String> leafIds(AxisNode total) {
        EObject parent = total.eContainer();
        List<String> ids = new ArrayList<>();
        for (EObject sibling : parent.eContents()) {
            if (sibling != total && sibling instanceof AxisNode node && sameAxis(total, node)) {
                collectLeaves(node, ids);
            }
        }
        return ids;
    }

    private static boolean sameAxis(AxisNode a, AxisNode b) {
        return a instanceof RowDef == b instanceof RowDef;
    }

    private static void collectLeaves(AxisNode node, List<String> ids) {
        List<? extends AxisNode> children = node instanceof RowDef row ? row.getChildren() : ((ColumnDef) node).getChildren();
        if (children.isEmpty()) {
            ids.add(node.getId());
        }
        children.forEach(child -> collectLeaves(child, ids));
    }
}
