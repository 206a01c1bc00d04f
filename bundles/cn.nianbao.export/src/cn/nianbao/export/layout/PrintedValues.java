package cn.nianbao.export.layout;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;

/** The text a document shows for a cell: the number as printed, what the report printed instead, or nothing. */
public final class PrintedValues {

    private PrintedValues() {
    }

    public static String text(AnnualReport report, CellAddress address) {
        Cell cell = ReportData.cell(report, address);
        if (cell == null) {
            return "";
        }
        // "/", "—" or "251000元" (a value with the unit the filer typed): shown as the report printed it, never
        // replaced by the bare number; an edit of the cell clears the text, so the text is never stale
        if (cell.getText() != null && !cell.getText().isEmpty()) {
            return cell.getText();
        }
        return cell.getValue() == null ? "" : cell.getValue().toPlainString();
    }

    public static boolean isBlank(AnnualReport report, CellAddress address) {
        return text(report, address).isEmpty();
    }
}
