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

    /**
     * Expected rows and cells depend on the table and the alternates in use only: shared between checks.
     * The cells also as a set, for the identities that ask whether an absent operand was expected.
     */
    record Expected(List<RowDef> rows, List<CellAddress> cells, Set<CellAddress> cellSet) {
    }

    private static final java.util.Map<TableLayout, java.util.Map<List<String>, Expected>> EXPECTED = java.util.Collections
            .synchronizedMap(new java.util.WeakHashMap<>());

    /** {@link #expectedRows} and {@link #expectedCells} for these alternates in use, remembered per table. */
    static Expected expected(TableLayout table, List<RowDef> alternates) {
        java.util.Map<List<String>, Expected> byAlternates = EXPECTED.computeIfAbsent(table,
                t -> new java.util.concurrent.ConcurrentHashMap<>());
        List<String> key = alternates.stream().map(RowDef::getId).toList();
        Expected expected = byAlternates.get(key);
        if (expected == null) {
            List<RowDef> rows = List.copyOf(expectedRows(table, alternates));
            List<CellAddress> cells = List.copyOf(expectedCells(table, rows));
            expected = new Expected(rows, cells, Set.copyOf(cells));
            byAlternates.put(key, expected);
        }
        return expected;
    }

    /** The alternate rows of this table the report uses, i.e. holds at least one cell in. */
    public static List<RowDef> alternatesInUse(AnnualReport report, TableLayout table) {
        List<RowDef> used = new ArrayList<>();
        DataTable data = ReportData.table(report, table.id());
        if (data == null) {
            return used;
        }
        Set<String> filledRows = null;
        for (RowDef row : table.dataRows()) {
            if (table.isAlternate(row)) {
                if (filledRows == null) {
                    filledRows = filledRows(data);
                }
                if (filledRows.contains(row.getId())) {
                    used.add(row);
                }
            }
        }
        return used;
    }

    /** Data rows the report is expected to fill, in print order. */
    public static List<RowDef> expectedRows(AnnualReport report, TableLayout table) {
        return expectedRows(table, alternatesInUse(report, table));
    }

    /** Data rows expected when these alternate rows are in use. */
    static List<RowDef> expectedRows(TableLayout table, List<RowDef> alternates) {
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
        return expectedCells(table, expectedRows(report, table));
    }

    static List<CellAddress> expectedCells(TableLayout table, List<RowDef> expectedRows) {
        List<CellAddress> cells = new ArrayList<>();
        for (RowDef row : expectedRows) {
            for (ColumnDef column : table.columnsOf(row)) {
                cells.add(new CellAddress(table.id(), row.getId(), column.getId()));
            }
        }
        return cells;
    }

    private static Set<String> filledRows(DataTable data) {
        Set<String> rows = new HashSet<>();
        for (Cell cell : data.getCells()) {
            rows.add(cell.getRow());
        }
        return rows;
    }
}
