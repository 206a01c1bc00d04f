package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.edit.config.RenderErrorHandling;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A refused entry keeps the cell in edit with a red border and red text, and the status line says what the
 * cell expects; Esc gives the old value back. Never a dialog: a modal loop is how officers lose their place.
 */
final class InlineRefusal extends RenderErrorHandling {

    private final GridStatus status;
    private Control marked;
    private final PaintListener border = event -> {
        if (marked != null && !marked.isDisposed()) {
            Rectangle bounds = marked.getBounds();
            event.gc.setForeground(event.display.getSystemColor(SWT.COLOR_RED));
            event.gc.setLineWidth(2);
            event.gc.drawRectangle(bounds.x - 1, bounds.y - 1, bounds.width + 1, bounds.height + 1);
        }
    };

    InlineRefusal(GridStatus status) {
        this.status = status;
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        setErrorStyle(style);
    }

    @Override
    public void displayError(ICellEditor cellEditor, IConfigRegistry configRegistry, Exception e) {
        super.displayError(cellEditor, configRegistry, e);
        status.show(e.getLocalizedMessage() == null ? "" : e.getLocalizedMessage());
        Control control = cellEditor.getEditorControl();
        if (control != null && !control.isDisposed() && marked != control) {
            unmark();
            marked = control;
            control.getParent().addPaintListener(border);
            control.getParent().redraw();
        }
    }

    @Override
    public void removeError(ICellEditor cellEditor) {
        super.removeError(cellEditor);
        status.clear();
        unmark();
    }

    private void unmark() {
        if (marked != null && !marked.isDisposed()) {
            marked.getParent().removePaintListener(border);
            marked.getParent().redraw();
        }
        marked = null;
    }
}
