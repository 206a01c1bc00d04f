package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.PrintedCell.Kind;

/**
 * 表四: the rows of the catalogue become column groups over one line of numbers (行政复议 | 行政诉讼 →
 * 未经复议直接起诉 | 复议后起诉), each ending in the table's own columns (结果维持 … 总计).
 */
final class OneLineLayoutBuilder {

    private final TableLayout table;
    private final RowVisibility visibility;
    private final List<PrintedCell> cells = new ArrayList<>();
    private final int headerRows;
    private final List<ColumnDef> columns;

    OneLineLayoutBuilder(TableLayout table, RowVisibility visibility) {
        this.table = table;
        this.visibility = visibility;
        this.columns = table.leafColumns();
        this.headerRows = visibility.depth(table.definition().getRows()) + 1;
    }

    PrintedLayout build() {
        int width = addGroups(table.definition().getRows(), 0, 0);
        return new PrintedLayout(headerRows + 1, width, headerRows, 0, cells);
    }

    private int addGroups(List<RowDef> rows, int depth, int firstColumn) {
        int column = firstColumn;
        for (RowDef row : rows) {
            if (!visibility.shown(row)) {
                continue;
            }
            int span = (row.getChildren().isEmpty() ? 1 : visibility.shownLeaves(row.getChildren())) * columns.size();
            cells.add(new PrintedCell(depth, column, 1, span, Kind.COLUMN_HEADER, row.getLabel(), row.getLabelEn(), null));
            if (row.getChildren().isEmpty()) {
                addColumnLabelsAndValues(row, depth + 1, column);
            } else {
                addGroups(row.getChildren(), depth + 1, column);
            }
            column += span;
        }
        return column;
    }

    private void addColumnLabelsAndValues(RowDef row, int depth, int firstColumn) {
        List<ColumnDef> own = table.columnsOf(row);
        int column = firstColumn;
        for (ColumnDef leaf : columns) {
            cells.add(new PrintedCell(depth, column, headerRows - depth, 1, Kind.COLUMN_HEADER, leaf.getLabel(),
                    leaf.getLabelEn(), null));
            CellAddress address = own.contains(leaf) ? new CellAddress(table.id(), row.getId(), leaf.getId()) : null;
            cells.add(new PrintedCell(headerRows, column, 1, 1, Kind.DATA, null, null, address));
            column++;
        }
    }
}
