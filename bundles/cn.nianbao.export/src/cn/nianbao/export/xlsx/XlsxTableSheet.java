package cn.nianbao.export.xlsx;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.nianbao.export.layout.ColumnWeights;
import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.report.AnnualReport;

/**
 * One table on its own sheet: the caption in the first row, then the printed grid with its merged header
 * cells. Numbers are numbers; totals are formulas where the report's printed total equals the sum of its
 * parts (see {@link TotalWriter} for the other cases). The header rows are frozen; rows are as tall as their
 * wrapped labels ({@link WrappedRowHeights}); the sheet prints on A4 one page wide ({@link XlsxPrintSetup}).
 */
final class XlsxTableSheet {

    /** The table starts below the caption row. */
    static final int FIRST_ROW = 1;
    private static final int SHEET_CHARS = 110;

    private final XSSFSheet sheet;
    private final XlsxStyles styles;

    XlsxTableSheet(XSSFSheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(AnnualReport report, PrintedTable table) {
        Cell caption = sheet.createRow(0).createCell(0);
        caption.setCellValue(table.caption());
        caption.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.columnCount() - 1));
        for (int r = 0; r < table.rowCount(); r++) {
            sheet.createRow(FIRST_ROW + r);
        }
        TotalWriter totals = new TotalWriter(sheet, styles, new TotalCells(table));
        for (PrintedCell printed : table.cells()) {
            fillSpan(printed);
            Cell cell = sheet.getRow(FIRST_ROW + printed.row()).getCell(printed.column());
            if (printed.kind() == PrintedCell.Kind.DATA) {
                BigDecimal value = printed.address() == null ? null : ReportData.value(report, printed.address());
                if (!totals.write(cell, printed, table.text(printed), report)) {
                    value(cell, table.text(printed), value);
                }
            } else {
                cell.setCellValue(table.text(printed));
                cell.setCellStyle(styles.label(printed.kind()));
            }
            if (printed.rowSpan() > 1 || printed.columnSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(FIRST_ROW + printed.row(), FIRST_ROW + printed.lastRow(),
                        printed.column(), printed.lastColumn()));
            }
        }
        widths(table);
        WrappedRowHeights.fit(sheet, table, FIRST_ROW);
        if (table.headerRows() > 0) {
            sheet.createFreezePane(0, FIRST_ROW + table.headerRows());
        }
        // the caption and the header rows print again on every page
        XlsxPrintSetup.table(sheet, FIRST_ROW + table.headerRows() - 1);
    }

    /** Creates every cell of the span with the origin's style, so that merged regions get their borders. */
    private void fillSpan(PrintedCell printed) {
        for (int r = printed.row(); r <= printed.lastRow(); r++) {
            Row row = sheet.getRow(FIRST_ROW + r);
            for (int c = printed.column(); c <= printed.lastColumn(); c++) {
                Cell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
                cell.setCellStyle(printed.kind() == PrintedCell.Kind.DATA ? styles.number(0, false) : styles.label(printed.kind()));
            }
        }
    }

    private void value(Cell cell, String text, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number(Math.max(0, value.scale()), false));
        } else if (!text.isEmpty()) {
            // what the report printed instead of a number ("/", "251000元") stays text
            cell.setCellValue(text);
        }
        // a blank cell stays blank: no 0
    }

    private void widths(PrintedTable table) {
        double[] weights = ColumnWeights.of(table);
        for (int c = 0; c < weights.length; c++) {
            sheet.setColumnWidth(c, (int) Math.min(255 * 256, Math.round(weights[c] * SHEET_CHARS * 256 * 1.1)));
        }
    }
}
