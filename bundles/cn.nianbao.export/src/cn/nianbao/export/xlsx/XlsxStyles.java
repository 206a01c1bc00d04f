package cn.nianbao.export.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.nianbao.model.format.PrintedCell;


/** The few cell styles of the workbook, created once per workbook (Excel limits their number). */
final class XlsxStyles {

    /** The size of the tables' font; row heights are reckoned from it. */
    static final short FONT_POINTS = 10;

    private final XSSFWorkbook workbook;
    private final Font font;
    private final Font bold;
    private final Map<String, CellStyle> styles = new HashMap<>();

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints(FONT_POINTS);
        this.bold = workbook.createFont();
        bold.setFontName("宋体");
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
    }

    CellStyle title() {
        return styles.computeIfAbsent("title", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        });
    }

    /** A header or label cell of the table. */
    CellStyle label(PrintedCell.Kind role) {
        return styles.computeIfAbsent("label-" + role, k -> {
            CellStyle style = bordered();
            style.setWrapText(true);
            style.setAlignment(role == PrintedCell.Kind.ROW_HEADER ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
            if (role == PrintedCell.Kind.CAPTION) {
                style.setFont(bold);
            }
            return style;
        });
    }

    /** A number cell showing exactly the decimals the report printed. */
    CellStyle number(int decimals, boolean flagged) {
        return styles.computeIfAbsent("number-" + decimals + "-" + flagged, k -> {
            CellStyle style = bordered();
            style.setAlignment(HorizontalAlignment.RIGHT);
            style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
            if (flagged) {
                style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        });
    }

    /** A cell of the 检查结果 sheet. */
    CellStyle plain(boolean header) {
        return styles.computeIfAbsent("plain-" + header, k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(header ? bold : font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
