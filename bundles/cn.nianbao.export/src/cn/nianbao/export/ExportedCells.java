package cn.nianbao.export;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;

/**
 * The cells a data export lists: every cell of the report's format in catalogue order, plus the cells
 * of an alternate row (the unsplit （六）其他处理, R21_23) where the report printed it, in its place.
 */
final class ExportedCells {

    private ExportedCells() {
    }

    static List<CellAddress> of(AnnualReport report) {
        Template template = FormatCatalogue.template(report);
        List<CellAddress> cells = new ArrayList<>();
        for (TableLayout table : template.tables()) {
            for (RowDef row : table.dataRows()) {
                if (table.isAlternate(row) && !usesRow(report, table, row)) {
                    continue;
                }
                table.columnsOf(row).forEach(column -> cells.add(new CellAddress(table.id(), row.getId(), column.getId())));
            }
        }
        return cells;
    }

    private static boolean usesRow(AnnualReport report, TableLayout table, RowDef row) {
        return table.columnsOf(row).stream()
                .anyMatch(column -> ReportData.cell(report, new CellAddress(table.id(), row.getId(), column.getId())) != null);
    }

    /** The value as printed: plain digits, decimals kept, no thousands separators; blank as "". */
    static String printed(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        return cell.getValue().toPlainString();
    }
}
