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
        if (cell.getValue() != null) {
            return cell.getValue().toPlainString();
        }
        // "/", "—" or "251000元": shown as the report printed it, never replaced by a number
        return cell.getText() == null ? "" : cell.getText();
    }

    public static boolean isBlank(AnnualReport report, CellAddress address) {
        return text(report, address).isEmpty();
    }
}
