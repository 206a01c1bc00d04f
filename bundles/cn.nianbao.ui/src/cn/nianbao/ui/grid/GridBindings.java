package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.action.MouseEditAction;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellEditorMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.LetterOrDigitKeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;

/**
 * The keys and clicks of a spreadsheet on top of NatTable's selection bindings: a click only selects (the
 * selection layer's own binding), typing or F2 or a double-click edits, Ctrl+V pastes a block, Ctrl+X cuts,
 * Delete blanks, the right button (or Shift+F10) opens the cell's menu. NatTable's DefaultEditBindings are not used
 * because they open the editor on the first click, which makes selecting a range impossible.
 */
final class GridBindings extends AbstractUiBindingConfiguration {

    private final ReportGrid grid;
    private final GridMenu menu;

    GridBindings(ReportGrid grid, GridMenu menu) {
        this.grid = grid;
        this.menu = menu;
    }

    @Override
    public void configureUiBindings(UiBindingRegistry registry) {
        registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F2), new KeyEditAction());
        registry.registerKeyBinding(new LetterOrDigitKeyEventMatcher(), new KeyEditAction());
        registry.registerKeyBinding(new LetterOrDigitKeyEventMatcher(SWT.MOD2), new KeyEditAction());
        registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, '-'), new KeyEditAction());
        registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, '.'), new KeyEditAction());
        registry.registerDoubleClickBinding(new CellEditorMouseEventMatcher(GridRegion.BODY), new MouseEditAction());
        registry.registerKeyBinding(new KeyEventMatcher(SWT.MOD1, 'v'), (table, event) -> grid.pasteFromClipboard());
        registry.registerKeyBinding(new KeyEventMatcher(SWT.MOD1, 'x'), (table, event) -> grid.cutSelection());
        registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.DEL), (table, event) -> grid.blankSelection());
        registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.BS), (table, event) -> grid.blankSelection());
        registry.registerMouseDownBinding(new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.RIGHT_BUTTON),
                (table, event) -> menu.open(event.x, event.y));
        // the keyboard's way to the same menu, at the selected cell
        registry.registerKeyBinding(new KeyEventMatcher(SWT.MOD2, SWT.F10), (table, event) -> {
            Point at = grid.anchorPoint();
            if (at != null) {
                menu.open(at.x, at.y);
            }
        });
    }
}
