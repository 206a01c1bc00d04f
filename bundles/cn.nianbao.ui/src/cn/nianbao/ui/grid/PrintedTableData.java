package cn.nianbao.ui.grid;

import java.math.BigDecimal;


import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.PrintedLayout;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.ui.Messages;

/**
 * The whole printed table, headers included, as one NatTable data provider with the official spans: the
 * grid reads like the paper form. Label cells answer their text; value cells answer a BigDecimal, the
 * text printed in an imported report ("/"), or null for a blank cell.
 */
final class PrintedTableData extends PrintedLayoutData {

    private final ReportDocument document;
    private final TableLayout table;
    private PrintedLayout layout;

    PrintedTableData(ReportDocument document, TableLayout table, boolean english) {
        super(english);
        this.document = document;
        this.table = table;
        relayout();
    }

    /** Lays the table out again, e.g. when a report starts or stops using the unsplit （六） row. */
    void relayout() {
        layout = PrintedLayout.of(table, this::reportUses);
    }

    @Override
    protected PrintedLayout layout() {
        return layout;
    }

    TableLayout table() {
        return table;
    }

    AnnualReport report() {
        return document.report();
    }

    private boolean reportUses(RowDef row) {
        return table.columnsOf(row).stream().anyMatch(column -> ReportData.cell(document.report(),
                new CellAddress(table.id(), row.getId(), column.getId())) != null);
    }

    @Override
    public Object getDataValue(int column, int row) {
        PrintedCell cell = layout.at(row, column);
        if (cell.kind() != PrintedCell.Kind.DATA) {
            return labelText(cell);
        }
        if (cell.address() == null) {
            return null;
        }
        Cell value = ReportData.cell(document.report(), cell.address());
        if (value == null) {
            return null;
        }
        return value.getValue() != null ? value.getValue() : value.getText();
    }

    @Override
    public void setDataValue(int column, int row, Object newValue) {
        PrintedCell cell = layout.at(row, column);
        if (cell.kind() != PrintedCell.Kind.DATA || cell.address() == null) {
            return;
        }
        BigDecimal value = newValue instanceof BigDecimal number ? number : null;
        document.execute(document.edits().set(cell.address(), value).toCommand(Messages.Edit_setCell));
    }

}
