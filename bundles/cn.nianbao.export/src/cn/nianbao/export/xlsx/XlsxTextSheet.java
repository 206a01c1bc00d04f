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

    private XlsxTextSheet() {
    }

    static void write(XSSFSheet sheet, XlsxStyles styles, List<Part> parts, java.util.function.Function<PrintedTable, String> sheetOf) {
        sheet.setColumnWidth(0, WIDTH_CHARS * 256);
        int r = 0;
        for (Part part : parts) {
            Cell cell = sheet.createRow(r++).createCell(0);
            switch (part) {
                case Part.Title t -> text(cell, t.text(), styles.title());
                case Part.Heading h -> text(cell, h.text(), styles.plain(true));
                case Part.Paragraph p -> text(cell, "　　" + p.text(), styles.plain(false));
                case Part.Table t -> text(cell, ExportTexts.get("sheet.tableAt", t.table().caption(), sheetOf.apply(t.table())),
                        styles.plain(false));
            }
        }
    }

    private static void text(Cell cell, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
