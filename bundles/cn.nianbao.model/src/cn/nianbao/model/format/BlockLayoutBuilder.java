package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.PrintedCell.Kind;

/**
 * 表二: one block per group of rows, each with a caption line (第二十条第（一）项), its own header line
 * (信息内容 and the block's column labels) and its rows. A block with fewer columns than the widest one
 * lets its last column span the rest, as the official table does.
 */
final class BlockLayoutBuilder {

    private final TableLayout table;
    private final RowVisibility visibility;
    private final List<PrintedCell> cells = new ArrayList<>();
    private final int width;
    private int nextRow;

    BlockLayoutBuilder(TableLayout table, RowVisibility visibility) {
        this.table = table;
        this.visibility = visibility;
        int widest = 0;
        for (RowDef row : table.dataRows()) {
            widest = Math.max(widest, table.columnsOf(row).size());
        }
        this.width = 1 + widest;
    }

    PrintedLayout build() {
        for (RowDef block : table.definition().getRows()) {
            if (!visibility.shown(block)) {
                continue;
            }
            List<RowDef> rows = block.getChildren().isEmpty() ? List.of(block) : block.getChildren();
            if (!block.getChildren().isEmpty()) {
                cells.add(new PrintedCell(nextRow++, 0, 1, width, Kind.CAPTION, block.getLabel(), block.getLabelEn(), null));
            }
            addHeader(table.columnsOf(rows.get(0)));
            for (RowDef row : rows) {
                if (visibility.shown(row)) {
                    addRow(row);
                }
            }
        }
        return new PrintedLayout(nextRow, width, 0, 1, cells);
    }

    private void addHeader(List<ColumnDef> columns) {
        cells.add(new PrintedCell(nextRow, 0, 1, 1, Kind.CORNER, table.definition().getCornerLabel(),
                table.definition().getCornerLabelEn(), null));
        int column = 1;
        for (int i = 0; i < columns.size(); i++) {
            int span = spanOf(i, columns.size());
            cells.add(new PrintedCell(nextRow, column, 1, span, Kind.COLUMN_HEADER, columns.get(i).getLabel(),
                    columns.get(i).getLabelEn(), null));
            column += span;
        }
        nextRow++;
    }

    private void addRow(RowDef row) {
        cells.add(new PrintedCell(nextRow, 0, 1, 1, Kind.ROW_HEADER, row.getLabel(), row.getLabelEn(), null));
        List<ColumnDef> columns = table.columnsOf(row);
        int column = 1;
        for (int i = 0; i < columns.size(); i++) {
            int span = spanOf(i, columns.size());
            cells.add(new PrintedCell(nextRow, column, 1, span, Kind.DATA, null, null,
                    new CellAddress(table.id(), row.getId(), columns.get(i).getId())));
            column += span;
        }
        nextRow++;
    }

    private int spanOf(int index, int count) {
        return index == count - 1 ? width - 1 - index : 1;
    }
}
