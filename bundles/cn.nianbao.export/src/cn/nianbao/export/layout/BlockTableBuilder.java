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
 * A table printed in blocks (表二): per group of rows a full-width caption row (第二十条第（一）项), a header
 * row (信息内容 and the block's own column labels) and the data rows. A block with fewer columns than the
 * widest lets its last column span the rest, as the official table does.
 */
final class BlockTableBuilder {

    private final AnnualReport report;
    private final TableLayout layout;
    private final PrintedRows rows;
    private final List<PrintedCell> cells = new ArrayList<>();
    private int width;
    private int row;

    BlockTableBuilder(AnnualReport report, TableLayout layout) {
        this.report = report;
        this.layout = layout;
        this.rows = new PrintedRows(report, layout);
    }

    PrintedTable build() {
        width = 1 + layout.dataRows().stream().mapToInt(r -> layout.columnsOf(r).size()).max().orElse(1);
        for (RowDef block : rows.children(layout.definition().getRows())) {
            List<RowDef> members = block.getChildren().isEmpty() ? List.of(block) : rows.children(block.getChildren());
            if (!block.getChildren().isEmpty()) {
                cells.add(new PrintedCell(row++, 0, 1, width, Role.CAPTION, block.getLabel(), null));
            }
            List<ColumnDef> columns = columnsOf(members);
            addHeader(columns);
            for (RowDef member : members) {
                addDataRow(member, columns);
            }
        }
        return new PrintedTable(layout, cells, 0, 1);
    }

    private List<ColumnDef> columnsOf(List<RowDef> members) {
        List<ColumnDef> columns = new ArrayList<>();
        for (ColumnDef column : layout.leafColumns()) {
            if (members.stream().anyMatch(m -> layout.columnsOf(m).contains(column))) {
                columns.add(column);
            }
        }
        return columns;
    }

    private void addHeader(List<ColumnDef> columns) {
        String corner = layout.definition().getCornerLabel();
        cells.add(new PrintedCell(row, 0, 1, 1, Role.CORNER, corner == null ? "" : corner, null));
        for (int i = 0; i < columns.size(); i++) {
            cells.add(new PrintedCell(row, 1 + i, 1, span(i, columns.size()), Role.COLUMN_HEADER, columns.get(i).getLabel(), null));
        }
        row++;
    }

    private void addDataRow(RowDef member, List<ColumnDef> columns) {
        cells.add(new PrintedCell(row, 0, 1, 1, Role.ROW_HEADER, member.getLabel(), null));
        List<ColumnDef> own = layout.columnsOf(member);
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef column = columns.get(i);
            CellAddress address = own.contains(column) ? new CellAddress(layout.id(), member.getId(), column.getId()) : null;
            String text = address == null ? "" : PrintedValues.text(report, address);
            cells.add(new PrintedCell(row, 1 + i, 1, span(i, columns.size()), Role.VALUE, text, address));
        }
        row++;
    }

    private int span(int index, int count) {
        return index == count - 1 ? width - count : 1;
    }
}
