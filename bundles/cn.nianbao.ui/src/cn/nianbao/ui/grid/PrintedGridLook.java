package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeHelper;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.VerticalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import cn.nianbao.model.format.PrintedLayout;

/**
 * The look every grid in the official layout shares (the report editor's and the compare editor's): grid
 * lines, label cells that wrap inside themselves, numbers kept off the grid line, header rows and row labels
 * that stay in place while the values scroll.
 */
public final class PrintedGridLook {

    private PrintedGridLook() {
    }

    public static BorderStyle border() {
        return new BorderStyle(1, color(0x90, 0x98, 0xA4), BorderStyle.LineStyleEnum.SOLID);
    }

    /** A cell style: background, black text, alignment, centred vertically, the grid line. */
    public static Style style(Color background, HorizontalAlignmentEnum alignment, BorderStyle border) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
        style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, Display.getCurrent().getSystemColor(SWT.COLOR_BLACK));
        style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, alignment);
        style.setAttributeValue(CellStyleAttributes.VERTICAL_ALIGNMENT, VerticalAlignmentEnum.MIDDLE);
        style.setAttributeValue(CellStyleAttributes.BORDER_STYLE, border);
        return style;
    }

    /**
     * Labels wrap inside their cell and make the row taller, never the column wider. Chinese labels have no
     * spaces, so a "word" may be broken between characters (NatTable's word wrapping).
     */
    public static ICellPainter wrappedLabel() {
        TextPainter painter = new TextPainter(true, true, 4);
        painter.setCalculateByTextHeight(true);
        painter.setWordWrapping(true);
        return new LineBorderDecorator(painter);
    }

    /** Numbers keep a little room from the grid line, as in a spreadsheet. */
    public static ICellPainter paddedValue() {
        return new LineBorderDecorator(new PaddingDecorator(new TextPainter(false, true), 0, 6, 0, 6));
    }

    /** The header rows and the row-label columns stay in place while the values scroll. */
    public static void freezeLabels(FreezeLayer freeze, ViewportLayer viewport, PrintedLayout layout) {
        int columns = layout.labelColumns();
        int rows = layout.headerRows();
        if (columns > 0 || rows > 0) {
            FreezeHelper.freeze(freeze, viewport, new PositionCoordinate(freeze, 0, 0),
                    new PositionCoordinate(freeze, columns - 1, rows - 1));
        }
    }

    public static Color color(int red, int green, int blue) {
        return new Color(Display.getCurrent(), new RGB(red, green, blue));
    }
}
