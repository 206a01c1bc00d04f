package cn.nianbao.validation.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;

/**
 * The cells a report ought to have in one table. An alternate row (the unsplit （六）其他处理 of the 2021
 * format) replaces the rows it stands for once the report has any cell in it; otherwise it is absent.
 */
public final class ReportShape {

    private ReportShape() {
    }

    /** The alternate rows of this table the report uses, i.e. holds at least one cell in. */
    public static List<RowDef> alternatesInUse(AnnualReport report, TableLayout table) {
        List<RowDef> used = new ArrayList<>();
        DataTable data = ReportData.table(report, table.id());
        if (data == null) {
            return used;
        }
        for (RowDef row : table.dataRows()) {
            if (table.isAlternate(row) && hasCellInRow(data, row.getId())) {
                used.add(row);
            }
        }
        return used;
    }

    /** Data rows the report is expected to fill, in print order. */
    public static List<RowDef> expectedRows(AnnualReport report, TableLayout table) {
        List<RowDef> alternates = alternatesInUse(report, table);
        Set<String> replaced = new HashSet<>();
        alternates.forEach(row -> replaced.addAll(row.getAlternateFor()));
        List<RowDef> rows = new ArrayList<>();
        for (RowDef row : table.dataRows()) {
            boolean unusedAlternate = table.isAlternate(row) && !alternates.contains(row);
            if (!unusedAlternate && !replaced.contains(row.getId())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Cells the report is expected to fill, in print order. */
    public static List<CellAddress> expectedCells(AnnualReport report, TableLayout table) {
        List<CellAddress> cells = new ArrayList<>();
        for (RowDef row : expectedRows(report, table)) {
            for (ColumnDef column : table.columnsOf(row)) {
                cells.add(new CellAddress(table.id(), row.getId(), column.getId()));
            }
        }
        return cells;
    }

    private static boolean hasCellInRow(DataTable data, String rowId) {
        for (Cell cell : data.getCells()) {
            if (rowId.equals(cell.getRow())) {
                return true;
            }
        }
        return false;
    }
}
