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
 * A table printed as one line (表四): the row tree becomes column groups across the top (行政复议 | 行政诉讼 →
 * 未经复议直接起诉 / 复议后起诉), each leaf row's column labels sit under it and span down to the data line,
 * and the values of all rows follow in one data row.
 */
final class OneLineTableBuilder {

    private final AnnualReport report;
    private final TableLayout layout;
    private final PrintedRows rows;
    private final List<ColumnDef> leaves;
    private final List<PrintedCell> cells = new ArrayList<>();
    private int dataRow;

    OneLineTableBuilder(AnnualReport report, TableLayout layout) {
        this.report = report;
        this.layout = layout;
        this.rows = new PrintedRows(report, layout);
        this.leaves = layout.leafColumns();
    }

    PrintedTable build() {
        dataRow = rows.depth(layout.definition().getRows()) + 1;
        int column = 0;
        for (RowDef node : rows.children(layout.definition().getRows())) {
            column += add(node, 0, column);
        }
        cells.sort(Cells.READING_ORDER);
        return new PrintedTable(layout, cells, dataRow, 0);
    }

    private int add(RowDef node, int level, int column) {
        if (!node.getChildren().isEmpty()) {
            int span = rows.leafCount(node) * leaves.size();
            cells.add(new PrintedCell(level, column, 1, span, Role.COLUMN_HEADER, node.getLabel(), null));
            int child = column;
            for (RowDef sub : rows.children(node.getChildren())) {
                child += add(sub, level + 1, child);
            }
            return span;
        }
        cells.add(new PrintedCell(level, column, 1, leaves.size(), Role.COLUMN_HEADER, node.getLabel(), null));
        List<ColumnDef> own = layout.columnsOf(node);
        for (int i = 0; i < leaves.size(); i++) {
            ColumnDef leaf = leaves.get(i);
            cells.add(new PrintedCell(level + 1, column + i, dataRow - level - 1, 1, Role.COLUMN_HEADER, leaf.getLabel(), null));
            CellAddress address = own.contains(leaf) ? new CellAddress(layout.id(), node.getId(), leaf.getId()) : null;
            String text = address == null ? "" : PrintedValues.text(report, address);
            cells.add(new PrintedCell(dataRow, column + i, 1, 1, Role.VALUE, text, address));
        }
        return leaves.size();
    }
}
