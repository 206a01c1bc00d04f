package cn.nianbao.ui.parts;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.ui.Messages;

/**
 * The right-click menu (or Shift+F10, the menu key) of a section's text: the clipboard actions the text had
 * by itself, then 添加意见… on the section and the words selected in it. A menu of our own replaces the
 * platform's, so the clipboard items are made again here.
 */
final class SectionMenu {

    private SectionMenu() {
    }

    /** {@code comment} takes the section's key and the selected words ("" when none); null: no 添加意见…. */
    static void attach(Text body, String sectionKey, BiConsumer<String, String> comment) {
        Menu menu = new Menu(body);
        MenuItem cut = item(menu, Messages.Grid_cut, body::cut);
        MenuItem copy = item(menu, Messages.Grid_copy, body::copy);
        item(menu, Messages.Grid_paste, body::paste);
        item(menu, Messages.Sections_selectAll, body::selectAll);
        if (comment != null) {
            new MenuItem(menu, SWT.SEPARATOR);
            item(menu, Messages.Comment_addMenu, () -> comment.accept(sectionKey, body.getSelectionText()));
        }
        menu.addListener(SWT.Show, e -> {
            boolean selection = body.getSelectionCount() > 0;
            cut.setEnabled(selection);
            copy.setEnabled(selection);
        });
        body.setMenu(menu);
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }
}
