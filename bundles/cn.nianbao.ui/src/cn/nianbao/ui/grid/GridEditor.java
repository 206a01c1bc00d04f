package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The cell editor with Excel's two modes: opened by typing ("enter mode") every arrow commits and moves
 * the selection, so an officer types a column of numbers without touching the mouse; opened by F2 or a
 * double-click ("edit mode") Left and Right move the caret inside the text. Up/Down and Enter always commit.
 */
final class GridEditor extends TextCellEditor {

    private boolean enterMode;

    GridEditor() {
        super(true, true);
    }

    @Override
    protected Control activateCell(Composite parent, Object originalCanonicalValue) {
        enterMode = originalCanonicalValue instanceof Character;
        Control control = super.activateCell(parent, originalCanonicalValue);
        getEditorControl().addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent event) {
                if (enterMode && event.stateMask == SWT.NONE
                        && (event.keyCode == SWT.ARROW_LEFT || event.keyCode == SWT.ARROW_RIGHT)) {
                    event.doit = false;
                    commit(event.keyCode == SWT.ARROW_LEFT ? MoveDirectionEnum.LEFT : MoveDirectionEnum.RIGHT);
                }
            }
        });
        return control;
    }
}
