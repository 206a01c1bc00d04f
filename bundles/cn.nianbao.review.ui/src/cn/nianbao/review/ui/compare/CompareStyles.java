package cn.nianbao.review.ui.compare;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.VerticalAlignmentEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * Colours of the compare grids: labels grey as on the paper form, changed values pale yellow, large changes
 * red and bold (and marked "!" in the text), year-to-year checks green where they hold and red where not.
 */
final class CompareStyles extends AbstractRegistryConfiguration {

    private final boolean english;

    CompareStyles(boolean english) {
        this.english = english;
    }

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        Display display = Display.getCurrent();
        BorderStyle border = new BorderStyle(1, new Color(display, 0x90, 0x98, 0xA4), BorderStyle.LineStyleEnum.SOLID);
        TextPainter labelPainter = new TextPainter(true, true, 4);
        labelPainter.setCalculateByTextHeight(true);
        labelPainter.setWordWrapping(english);
        register(registry, CompareLabels.LABEL, style(new Color(display, 0xEE, 0xF1, 0xF5), HorizontalAlignmentEnum.CENTER, border));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new LineBorderDecorator(labelPainter),
                DisplayMode.NORMAL, CompareLabels.LABEL);
        register(registry, CompareLabels.VALUE, style(display.getSystemColor(SWT.COLOR_WHITE), HorizontalAlignmentEnum.RIGHT, border));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
                new LineBorderDecorator(new PaddingDecorator(new TextPainter(false, true), 0, 6, 0, 6)), DisplayMode.NORMAL,
                CompareLabels.VALUE);
        register(registry, CompareLabels.NO_CELL, style(new Color(display, 0xF7, 0xF7, 0xF7), HorizontalAlignmentEnum.RIGHT, border));
        register(registry, CompareLabels.CHANGED, style(new Color(display, 0xFD, 0xF6, 0xD8), HorizontalAlignmentEnum.RIGHT, border));
        Style large = style(new Color(display, 0xF8, 0xC8, 0xC8), HorizontalAlignmentEnum.RIGHT, border);
        large.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        large.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, new Color(display, 0x9B, 0x1C, 0x1C));
        register(registry, CompareLabels.LARGE, large);
        register(registry, CompareLabels.XY_OK, style(new Color(display, 0xD4, 0xF0, 0xD4), HorizontalAlignmentEnum.RIGHT, border));
        Style fail = style(new Color(display, 0xF0, 0x90, 0x90), HorizontalAlignmentEnum.RIGHT, border);
        fail.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        register(registry, CompareLabels.XY_FAIL, fail);
    }

    private static void register(IConfigRegistry registry, String label, Style style) {
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
    }

    private static Style style(Color background, HorizontalAlignmentEnum alignment, BorderStyle border) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
        style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, Display.getCurrent().getSystemColor(SWT.COLOR_BLACK));
        style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, alignment);
        style.setAttributeValue(CellStyleAttributes.VERTICAL_ALIGNMENT, VerticalAlignmentEnum.MIDDLE);
        style.setAttributeValue(CellStyleAttributes.BORDER_STYLE, border);
        return style;
    }
}
