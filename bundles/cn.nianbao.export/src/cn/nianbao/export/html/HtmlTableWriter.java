package cn.nianbao.export.html;

import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.text.Markup;

/**
 * One printed table as an HTML {@code <table>}: the caption, the header rows in {@code <thead>}, each block
 * of 表二 in its own {@code <tbody>}, header cells as {@code <th scope>}, spans exactly as the format has them.
 */
final class HtmlTableWriter {

    private final StringBuilder out;

    HtmlTableWriter(StringBuilder out) {
        this.out = out;
    }

    void write(PrintedTable table) {
        out.append("<table class=\"nb-table\" id=\"nb-").append(Markup.escape(table.id())).append("\">\n");
        out.append("<caption>").append(Markup.escape(table.caption())).append("</caption>\n");
        if (table.headerRows() > 0) {
            out.append("<thead>\n");
            for (int row = 0; row < table.headerRows(); row++) {
                writeRow(table, row);
            }
            out.append("</thead>\n");
        }
        boolean open = false;
        for (int row = table.headerRows(); row < table.rowCount(); row++) {
            if (!open || startsBlock(table, row)) {
                out.append(open ? "</tbody>\n<tbody>\n" : "<tbody>\n");
                open = true;
            }
            writeRow(table, row);
        }
        out.append(open ? "</tbody>\n" : "").append("</table>\n");
    }

    private static boolean startsBlock(PrintedTable table, int row) {
        return table.startingIn(row).stream().anyMatch(c -> c.kind() == PrintedCell.Kind.CAPTION);
    }

    private void writeRow(PrintedTable table, int row) {
        out.append("<tr>");
        for (PrintedCell cell : table.startingIn(row)) {
            String tag = cell.kind() == PrintedCell.Kind.DATA ? "td" : "th";
            out.append('<').append(tag);
            attributes(cell);
            out.append('>').append(Markup.escape(table.text(cell))).append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
    }

    private void attributes(PrintedCell cell) {
        switch (cell.kind()) {
            case COLUMN_HEADER, CORNER -> out.append(" scope=\"col\"");
            case ROW_HEADER -> out.append(" scope=\"row\"");
            case CAPTION -> out.append(" scope=\"rowgroup\" class=\"nb-block\"");
            case DATA -> out.append(" class=\"nb-num\"");
        }
        if (cell.kind() == PrintedCell.Kind.CORNER) {
            out.append(" class=\"nb-corner\"");
        }
        if (cell.rowSpan() > 1) {
            out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.columnSpan() > 1) {
            out.append(" colspan=\"").append(cell.columnSpan()).append('"');
        }
        if (cell.address() != null) {
            out.append(" data-cell=\"").append(Markup.escape(cell.address().toString())).append('"');
        }
    }
}
