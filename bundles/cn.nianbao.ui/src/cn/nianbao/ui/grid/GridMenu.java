package cn.nianbao.ui.grid;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.ui.Messages;
import cn.nianbao.validation.Diagnostic;

/**
 * The right-click menu of a cell: the clipboard actions, 添加意见… (when the editor takes comments), then the
 * findings of that cell (if any).
 */
final class GridMenu {

    private final ReportGrid grid;
    private final boolean english;
    private final Function<PrintedCell, java.util.List<Diagnostic>> findings;
    private final Supplier<Consumer<CellAddress>> commentAction;
    private Menu menu;

    GridMenu(ReportGrid grid, boolean english, Function<PrintedCell, java.util.List<Diagnostic>> findings,
            Supplier<Consumer<CellAddress>> commentAction) {
        this.grid = grid;
        this.english = english;
        this.findings = findings;
        this.commentAction = commentAction;
    }

    /** Opens at a point of the table; the cell under it is selected first unless it is already selected. */
    void open(int x, int y) {
        PrintedCell cell = grid.selectAt(x, y);
        NatTable table = grid.control();
        if (menu != null && !menu.isDisposed()) {
            menu.dispose();
        }
        menu = new Menu(table);
        item(Messages.Grid_cut, grid::cutSelection);
        item(Messages.Grid_copy, grid::copySelection);
        item(Messages.Grid_paste, grid::pasteFromClipboard);
        item(Messages.Grid_clear, grid::blankSelection);
        Consumer<CellAddress> comment = commentAction.get();
        if (comment != null && cell != null && cell.address() != null) {
            new MenuItem(menu, SWT.SEPARATOR);
            item(Messages.Comment_addMenu, () -> comment.accept(cell.address()));
        }
        var list = cell == null ? java.util.List.<Diagnostic>of() : findings.apply(cell);
        if (!list.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR);
            for (Diagnostic finding : list) {
                MenuItem item = new MenuItem(menu, SWT.PUSH);
                item.setText(finding.ruleId() + "  " + (english ? finding.messageEn() : finding.messageZh()));
                item.setEnabled(false);
            }
        }
        menu.setLocation(table.toDisplay(x, y));
        menu.setVisible(true);
    }

    private void item(String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
