package cn.nianbao.export.layout;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.export.layout.PrintedCell.Role;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;

/**
 * A table printed as a grid (表三): the column tree across the top, one header row per level (a leaf stops
 * early and spans down), the row tree down the left, one label column per level (a leaf spans right), and
 * the corner note over both.
 */
final class GridTableBuilder {

    private final AnnualReport report;
    private final TableLayout layout;
    private final PrintedRows rows;
    private final List<ColumnDef> leaves;
    private final List<PrintedCell> cells = new ArrayList<>();
    private int columnDepth;
    private int rowDepth;

    GridTableBuilder(AnnualReport report, TableLayout layout) {
        this.report = report;
        this.layout = layout;
        this.rows = new PrintedRows(report, layout);
        this.leaves = layout.leafColumns();
    }

    PrintedTable build() {
        columnDepth = ColumnTrees.depth(layout.definition().getColumns());
        rowDepth = rows.depth(layout.definition().getRows());
        String corner = layout.definition().getCornerLabel();
        cells.add(new PrintedCell(0, 0, columnDepth, rowDepth, Role.CORNER, corner == null ? "" : corner, null));
        int column = rowDepth;
        for (ColumnDef node : layout.definition().getColumns()) {
            column += addColumnHeader(node, 0, column);
        }
        int row = columnDepth;
        for (RowDef node : rows.children(layout.definition().getRows())) {
            row += addRow(node, 0, row);
        }
        cells.sort(Cells.READING_ORDER);
        return new PrintedTable(layout, cells, columnDepth, rowDepth);
    }

    private int addColumnHeader(ColumnDef node, int level, int column) {
        int span = ColumnTrees.leafCount(node);
        int rowSpan = node.getChildren().isEmpty() ? columnDepth - level : 1;
        cells.add(new PrintedCell(level, column, rowSpan, span, Role.COLUMN_HEADER, node.getLabel(), null));
        int child = column;
        for (ColumnDef sub : node.getChildren()) {
            child += addColumnHeader(sub, level + 1, child);
        }
        return span;
    }

    private int addRow(RowDef node, int level, int row) {
        if (node.getChildren().isEmpty()) {
            cells.add(new PrintedCell(row, level, 1, rowDepth - level, Role.ROW_HEADER, node.getLabel(), null));
            addValues(node, row);
            return 1;
        }
        int span = rows.leafCount(node);
        cells.add(new PrintedCell(row, level, span, 1, Role.ROW_HEADER, node.getLabel(), null));
        int child = row;
        for (RowDef sub : rows.children(node.getChildren())) {
            child += addRow(sub, level + 1, child);
        }
        return span;
    }

    private void addValues(RowDef node, int row) {
        List<ColumnDef> own = layout.columnsOf(node);
        for (int i = 0; i < leaves.size(); i++) {
            ColumnDef column = leaves.get(i);
            CellAddress address = own.contains(column) ? new CellAddress(layout.id(), node.getId(), column.getId()) : null;
            String text = address == null ? "" : PrintedValues.text(report, address);
            cells.add(new PrintedCell(row, rowDepth + i, 1, 1, Role.VALUE, text, address));
        }
    }
}
