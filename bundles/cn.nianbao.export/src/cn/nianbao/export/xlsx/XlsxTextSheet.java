package cn.nianbao.export.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.nianbao.export.layout.ExportTexts;
import cn.nianbao.export.layout.Part;
import cn.nianbao.export.layout.PrintedTable;

/**
 * The sheet 正文: the report's title, headings and paragraphs one per row, and where a table stands in the
 * report, a pointer to its sheet. A workbook is mostly for the tables, but it should still be the whole report.
 */
final class XlsxTextSheet {

    private static final int WIDTH_CHARS = 100;
    /** Excel's limit for the text of one cell; a longer paragraph goes on in the rows below. */
    static final int MAX_CELL_CHARS = 32_767;

    private XlsxTextSheet() {
    }

    static void write(XSSFSheet sheet, XlsxStyles styles, List<Part> parts, java.util.function.Function<PrintedTable, String> sheetOf) {
        sheet.setColumnWidth(0, WIDTH_CHARS * 256);
        int r = 0;
        for (Part part : parts) {
            r = switch (part) {
                case Part.Title t -> text(sheet, r, t.text(), styles.title());
                case Part.Heading h -> text(sheet, r, h.text(), styles.plain(true));
                case Part.Paragraph p -> text(sheet, r, "　　" + p.text(), styles.plain(false));
                case Part.Table t -> text(sheet, r, ExportTexts.get("sheet.tableAt", t.table().caption(), sheetOf.apply(t.table())),
                        styles.plain(false));
            };
        }
    }

    /** Writes the text from row r on, as many rows as Excel's cell limit needs; returns the next free row. */
    private static int text(XSSFSheet sheet, int r, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        int row = r;
        for (String piece : pieces(text)) {
            Cell cell = sheet.createRow(row++).createCell(0);
            cell.setCellValue(piece);
            cell.setCellStyle(style);
        }
        return row;
    }

    /** The text cut into pieces Excel accepts, never between the two halves of a surrogate pair. */
    static List<String> pieces(String text) {
        List<String> pieces = new java.util.ArrayList<>();
        int start = 0;
        do {
            int end = Math.min(text.length(), start + MAX_CELL_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        } while (start < text.length());
        return pieces;
    }
}
