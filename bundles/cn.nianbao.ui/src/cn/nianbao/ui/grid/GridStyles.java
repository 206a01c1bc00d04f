package cn.nianbao.ui.grid;

import static cn.nianbao.ui.grid.PrintedGridLook.color;
import static cn.nianbao.ui.grid.PrintedGridLook.style;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.painter.cell.ImagePainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.CellPainterDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;


/**
 * How the printed table looks and edits: labels centred and wrapped on grey as on the paper form, values
 * right-aligned, totals tinted, broken identities red with an error icon (never colour alone), and only
 * value cells editable, through the number rules.
 */
final class GridStyles extends AbstractRegistryConfiguration {

    private final PrintedTableData data;
    private final InlineRefusal refusal;

    GridStyles(PrintedTableData data, InlineRefusal refusal) {
        this.data = data;
        this.refusal = refusal;
    }

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        Display display = Display.getCurrent();
        BorderStyle border = PrintedGridLook.border();

        Style label = style(color(0xEE, 0xF1, 0xF5), HorizontalAlignmentEnum.CENTER, border);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, label, DisplayMode.NORMAL, GridLabels.LABEL);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, PrintedGridLook.wrappedLabel(), DisplayMode.NORMAL, GridLabels.LABEL);

        Style caption = style(color(0xE2, 0xE8, 0xF0), HorizontalAlignmentEnum.LEFT, border);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, caption, DisplayMode.NORMAL, GridLabels.CAPTION);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, PrintedGridLook.wrappedLabel(), DisplayMode.NORMAL, GridLabels.CAPTION);

        Style value = style(display.getSystemColor(SWT.COLOR_WHITE), HorizontalAlignmentEnum.RIGHT, border);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, value, DisplayMode.NORMAL, GridLabels.VALUE);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, PrintedGridLook.paddedValue(), DisplayMode.NORMAL, GridLabels.VALUE);
        Style noCell = style(color(0xF7, 0xF7, 0xF7), HorizontalAlignmentEnum.RIGHT, border);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, noCell, DisplayMode.NORMAL, GridLabels.NO_CELL);

        Style total = style(color(0xDD, 0xEB, 0xF7), HorizontalAlignmentEnum.RIGHT, border);
        total.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, total, DisplayMode.NORMAL, GridLabels.TOTAL);

        Style error = style(color(0xF8, 0xC8, 0xC8), HorizontalAlignmentEnum.RIGHT, border);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, error, DisplayMode.NORMAL, GridLabels.ERROR);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, marked(Dialog.DLG_IMG_MESSAGE_ERROR),
                DisplayMode.NORMAL, GridLabels.ERROR);
        Style warning = style(color(0xFD, 0xF0, 0xC0), HorizontalAlignmentEnum.RIGHT, border);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, warning, DisplayMode.NORMAL, GridLabels.WARNING);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, marked(Dialog.DLG_IMG_MESSAGE_WARNING),
                DisplayMode.NORMAL, GridLabels.WARNING);

        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
                DisplayMode.EDIT, GridLabels.VALUE);
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new GridEditor(),
                DisplayMode.EDIT, GridLabels.VALUE);
        // Excel: Enter or Tab commits and moves the selection, it does not open the next cell's editor
        // (NatTable's default), so the arrows, Delete and Ctrl+Z that follow act on cells, not on a caret
        registry.registerConfigAttribute(EditConfigAttributes.ACTIVATE_EDITOR_ON_TRAVERSAL, Boolean.FALSE,
                DisplayMode.EDIT);
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new NumberDisplayConverter(),
                DisplayMode.NORMAL, GridLabels.VALUE);
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new NumberDisplayConverter(),
                DisplayMode.EDIT, GridLabels.VALUE);
        registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new NumberRules(data),
                DisplayMode.EDIT, GridLabels.VALUE);
        registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, refusal, DisplayMode.EDIT,
                GridLabels.VALUE);
        registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, refusal, DisplayMode.EDIT,
                GridLabels.VALUE);
    }

    private static LineBorderDecorator marked(String image) {
        return new LineBorderDecorator(new CellPainterDecorator(new PaddingDecorator(new TextPainter(false, true), 0, 6, 0, 2),
                CellEdgeEnum.LEFT, new ImagePainter(JFaceResources.getImage(image))));
    }


}
