package cn.nianbao.review.ui.compare;

import static cn.nianbao.ui.grid.PrintedGridLook.color;
import static cn.nianbao.ui.grid.PrintedGridLook.style;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import cn.nianbao.ui.grid.PrintedGridLook;

/**
 * Colours of the compare grids: labels grey as on the paper form, changed values pale yellow, large changes
 * red and bold (and marked "!" in the text), year-to-year checks green where they hold and red where not. The
 * selected cell is white on dark blue with a dark frame, whatever its colour was, so that it stands out of the
 * grey labels and the tinted changes alike.
 */
final class CompareStyles extends AbstractRegistryConfiguration {

    /** The selection's background: dark enough for white text on it. */
    static final RGB SELECTED = new RGB(0x1E, 0x5A, 0xA8);

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        Display display = Display.getCurrent();
        BorderStyle border = PrintedGridLook.border();
        register(registry, CompareLabels.LABEL, style(color(0xEE, 0xF1, 0xF5), HorizontalAlignmentEnum.CENTER, border));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, PrintedGridLook.wrappedLabel(),
                DisplayMode.NORMAL, CompareLabels.LABEL);
        register(registry, CompareLabels.VALUE, style(display.getSystemColor(SWT.COLOR_WHITE), HorizontalAlignmentEnum.RIGHT, border));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, PrintedGridLook.paddedValue(),
                DisplayMode.NORMAL, CompareLabels.VALUE);
        register(registry, CompareLabels.NO_CELL, style(color(0xF7, 0xF7, 0xF7), HorizontalAlignmentEnum.RIGHT, border));
        register(registry, CompareLabels.CHANGED, style(color(0xFD, 0xF6, 0xD8), HorizontalAlignmentEnum.RIGHT, border));
        Style large = style(color(0xF8, 0xC8, 0xC8), HorizontalAlignmentEnum.RIGHT, border);
        large.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        large.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, color(0x9B, 0x1C, 0x1C));
        register(registry, CompareLabels.LARGE, large);
        register(registry, CompareLabels.XY_OK, style(color(0xD4, 0xF0, 0xD4), HorizontalAlignmentEnum.RIGHT, border));
        Style fail = style(color(0xF0, 0x90, 0x90), HorizontalAlignmentEnum.RIGHT, border);
        fail.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        register(registry, CompareLabels.XY_FAIL, fail);
        Style selected = selected(new BorderStyle(1, border.getColor(), BorderStyle.LineStyleEnum.SOLID));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT);
        for (String label : CompareLabels.ALL) {
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT, label);
        }
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
                selected(new BorderStyle(2, color(0x0B, 0x1F, 0x4D), BorderStyle.LineStyleEnum.SOLID)), DisplayMode.SELECT,
                SelectionStyleLabels.SELECTION_ANCHOR_STYLE);
    }

    /** Colours, font and frame only: alignment and the rest come from the cell's own style (a label stays centred). */
    private static Style selected(BorderStyle border) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, color(SELECTED.red, SELECTED.green, SELECTED.blue));
        style.setAttributeValue(CellStyleAttributes.BORDER_STYLE, border);
        style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, Display.getCurrent().getSystemColor(SWT.COLOR_WHITE));
        style.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        return style;
    }

    private static void register(IConfigRegistry registry, String label, Style style) {
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
    }
}
