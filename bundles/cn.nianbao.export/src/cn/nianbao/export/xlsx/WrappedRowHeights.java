package cn.nianbao.export.xlsx;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.model.format.PrintedCell;

/**
 * Row heights that hold the wrapped labels of a table. Excel wraps the text of a merged cell but never makes
 * its rows taller (it fits heights to single cells only), so a label over two lines, such as the long
 * （六） labels of 表三, would be cut off or drawn over the row below. The lines are estimated from the label's
 * width: a Chinese character is two of Excel's width units (the digit width), other characters one.
 */
final class WrappedRowHeights {

    /** Points per line of the 10 pt table font, with Excel's leading. */
    private static final float LINE_POINTS = XlsxStyles.FONT_POINTS * 1.4f;
    private static final float PADDING_POINTS = 3f;
    /** Width units lost to the cell's inner margins. */
    private static final double MARGIN_UNITS = 1.0;

    private WrappedRowHeights() {
    }

    static void fit(XSSFSheet sheet, PrintedTable table, int firstRow) {
        List<PrintedCell> labels = table.cells().stream().filter(c -> c.kind() != PrintedCell.Kind.DATA)
                .sorted(Comparator.comparingInt(PrintedCell::rowSpan)).toList();
        // one-row labels first: a label spanning rows only adds what the rows it covers still lack
        for (PrintedCell label : labels) {
            int lines = lines(table.text(label), widthUnits(sheet, label));
            float needed = lines * LINE_POINTS + PADDING_POINTS;
            float have = 0;
            for (int r = label.row(); r <= label.lastRow(); r++) {
                have += row(sheet, firstRow + r).getHeightInPoints();
            }
            if (have < needed) {
                float more = (needed - have) / label.rowSpan();
                for (int r = label.row(); r <= label.lastRow(); r++) {
                    Row row = row(sheet, firstRow + r);
                    row.setHeightInPoints(row.getHeightInPoints() + more);
                }
            }
        }
    }

    /** Lines the text takes in a cell of the given width (Excel's units: the width of a digit). */
    static int lines(String text, double widthUnits) {
        double usable = Math.max(1, widthUnits - MARGIN_UNITS);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            double units = paragraph.codePoints().mapToDouble(WrappedRowHeights::units).sum();
            lines += Math.max(1, (int) Math.ceil(units / usable));
        }
        return lines;
    }

    private static double units(int codePoint) {
        // CJK, full-width forms and punctuation: two digit widths
        return codePoint >= 0x2E80 ? 2 : 1;
    }

    private static double widthUnits(XSSFSheet sheet, PrintedCell label) {
        double units = 0;
        for (int c = label.column(); c <= label.lastColumn(); c++) {
            units += sheet.getColumnWidth(c) / 256.0;
        }
        return units;
    }

    private static Row row(XSSFSheet sheet, int r) {
        return sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    }
}
