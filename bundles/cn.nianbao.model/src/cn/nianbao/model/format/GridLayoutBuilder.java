package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.PrintedCell.Kind;

/** Rows down, columns across, the row labels nested to the left and the column labels stacked above (表三). */
final class GridLayoutBuilder {

    private final TableLayout table;
    private final RowVisibility visibility;
    private final List<PrintedCell> cells = new ArrayList<>();
    private final int labelColumns;
    private final int headerRows;
    private int nextRow;

    GridLayoutBuilder(TableLayout table, RowVisibility visibility) {
        this.table = table;
        this.visibility = visibility;
        this.labelColumns = visibility.depth(table.definition().getRows());
        this.headerRows = columnDepth(table.definition().getColumns());
    }

    PrintedLayout build() {
        cells.add(new PrintedCell(0, 0, headerRows, labelColumns, Kind.CORNER, table.definition().getCornerLabel(),
                table.definition().getCornerLabelEn(), null));
        addColumnHeaders(table.definition().getColumns(), 0, labelColumns);
        nextRow = headerRows;
        addRows(table.definition().getRows(), 0);
        return new PrintedLayout(nextRow, labelColumns + table.leafColumns().size(), headerRows, labelColumns, cells);
    }

    private int addColumnHeaders(List<ColumnDef> columns, int depth, int firstColumn) {
        int column = firstColumn;
        for (ColumnDef node : columns) {
            int span = leaves(node);
            boolean leaf = node.getChildren().isEmpty();
            cells.add(new PrintedCell(depth, column, leaf ? headerRows - depth : 1, span, Kind.COLUMN_HEADER,
                    node.getLabel(), node.getLabelEn(), null));
            if (!leaf) {
                addColumnHeaders(node.getChildren(), depth + 1, column);
            }
            column += span;
        }
        return column;
    }

    private void addRows(List<RowDef> rows, int depth) {
        for (RowDef row : rows) {
            if (!visibility.shown(row)) {
                continue;
            }
            if (row.getChildren().isEmpty()) {
                cells.add(new PrintedCell(nextRow, depth, 1, labelColumns - depth, Kind.ROW_HEADER, row.getLabel(),
                        row.getLabelEn(), null));
                addDataCells(row);
                nextRow++;
            } else {
                int span = visibility.shownLeaves(row.getChildren());
                cells.add(new PrintedCell(nextRow, depth, span, 1, Kind.ROW_HEADER, row.getLabel(), row.getLabelEn(), null));
                addRows(row.getChildren(), depth + 1);
            }
        }
    }

    private void addDataCells(RowDef row) {
        List<ColumnDef> own = table.columnsOf(row);
        int column = labelColumns;
        for (ColumnDef leaf : table.leafColumns()) {
            CellAddress address = own.contains(leaf) ? new CellAddress(table.id(), row.getId(), leaf.getId()) : null;
            cells.add(new PrintedCell(nextRow, column++, 1, 1, Kind.DATA, null, null, address));
        }
    }

    static int leaves(ColumnDef node) {
        if (node.getChildren().isEmpty()) {
            return 1;
        }
        int count = 0;
        for (ColumnDef child : node.getChildren()) {
            count += leaves(child);
        }
        return count;
    }

    static int columnDepth(List<ColumnDef> columns) {
        int depth = 0;
        for (ColumnDef column : columns) {
            depth = Math.max(depth, 1 + columnDepth(column.getChildren()));
        }
        return depth;
    }
}
