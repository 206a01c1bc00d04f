package cn.nianbao.model.format;

import cn.nianbao.model.CellAddress;

/**
 * One cell of a table as the official format prints it: where it starts, how far it spans, what kind
 * of cell it is and its label (Chinese and English) or, for a data cell, the address of its value.
 */
public record PrintedCell(int row, int column, int rowSpan, int columnSpan, Kind kind, String label, String labelEn,
        CellAddress address) {

    public enum Kind {
        /** The top-left cell over the row labels (表三's 勾稽关系 note, 表二's 信息内容). */
        CORNER,
        /** A column label or a column group label. */
        COLUMN_HEADER,
        /** A row label or a row group label. */
        ROW_HEADER,
        /** A caption line across the table (表二's 第二十条第（一）项). */
        CAPTION,
        /** A number; {@code address} is null where the format has no cell. */
        DATA
    }

    /** Anything but a number: a label, a caption or the corner. */
    public boolean isHeader() {
        return kind != Kind.DATA;
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
