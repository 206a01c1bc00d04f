package cn.nianbao.model;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;

/**
 * Reads and writes the cells and text sections of a report by id. A missing cell and a cell without a
 * value both read as blank (null); blank is never turned into zero here.
 */
public final class ReportData {

    private ReportData() {
    }

    public static DataTable table(AnnualReport report, String tableId) {
        for (DataTable table : report.getTables()) {
            if (tableId.equals(table.getTableId())) {
                return table;
            }
        }
        return null;
    }

    public static DataTable tableCreating(AnnualReport report, String tableId) {
        DataTable table = table(report, tableId);
        if (table == null) {
            table = ReportFactory.eINSTANCE.createDataTable();
            table.setTableId(tableId);
            report.getTables().add(table);
        }
        return table;
    }

    public static Cell cell(AnnualReport report, CellAddress address) {
        DataTable table = table(report, address.table());
        return table == null ? null : cell(table, address.row(), address.column());
    }

    public static Cell cell(DataTable table, String row, String column) {
        // by index: an import looks up every cell it writes, and EMF's checked iterator was 2 % of import time
        List<Cell> cells = table.getCells();
        for (int i = 0, n = cells.size(); i < n; i++) {
            Cell cell = cells.get(i);
            if (row.equals(cell.getRow()) && column.equals(cell.getColumn())) {
                return cell;
            }
        }
        return null;
    }

    /** The value of a cell, or null when the cell is blank or holds no number. */
    public static BigDecimal value(AnnualReport report, CellAddress address) {
        Cell cell = cell(report, address);
        return cell == null ? null : cell.getValue();
    }

    /** Sets a value (null blanks the cell) and forgets any non-numeric text printed there before. */
    public static Cell setValue(AnnualReport report, CellAddress address, BigDecimal value) {
        Cell cell = cellCreating(report, address);
        cell.setValue(value);
        cell.setText(null);
        return cell;
    }

    /** Records what a source printed in a cell that is not a plain number ("/", "—", letters). */
    public static Cell setText(AnnualReport report, CellAddress address, String text) {
        Cell cell = cellCreating(report, address);
        cell.setValue(null);
        cell.setText(text);
        return cell;
    }

    private static Cell cellCreating(AnnualReport report, CellAddress address) {
        DataTable table = tableCreating(report, address.table());
        Cell cell = cell(table, address.row(), address.column());
        if (cell == null) {
            cell = ReportFactory.eINSTANCE.createCell();
            cell.setRow(address.row());
            cell.setColumn(address.column());
            table.getCells().add(cell);
        }
        return cell;
    }

    public static TextSection section(AnnualReport report, String key) {
        for (TextSection section : report.getSections()) {
            if (key.equals(section.getKey())) {
                return section;
            }
        }
        return null;
    }

    /** The body of a section, or an empty string when the report lacks it. */
    public static String sectionText(AnnualReport report, String key) {
        TextSection section = section(report, key);
        return section == null || section.getBody() == null ? "" : section.getBody();
    }
}
