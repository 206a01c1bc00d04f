package cn.nianbao.export.layout;

import cn.nianbao.model.CellAddress;

/**
 * One cell of a table as the official format prints it: its top-left grid position, its spans, its text
 * and what it is. Value cells carry the catalogue address of the number they show; their text is the value
 * exactly as printed, or empty for a blank cell (never "0").
 */
public record PrintedCell(int row, int column, int rowSpan, int columnSpan, Role role, String text, CellAddress address) {

    /** What a printed cell is, so that each writer can style it and a spreadsheet can type it. */
    public enum Role {
        /** A full-width caption row of a block (表二: 第二十条第（一）项). */
        CAPTION,
        /** The top-left header cell (表三: the 勾稽关系 note; 表二: 信息内容). */
        CORNER,
        COLUMN_HEADER,
        ROW_HEADER,
        VALUE
    }

    public boolean isHeader() {
        return role != Role.VALUE;
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastColumn() {
        return column + columnSpan - 1;
    }

    public boolean covers(int r, int c) {
        return r >= row && r <= lastRow() && c >= column && c <= lastColumn();
    }
}
