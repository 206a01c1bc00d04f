package cn.nianbao.ui.grid;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.ui.parts.ReportEditorPart;

/**
 * A real report editor in a real shell (no workbench), as an officer sees it, with helpers to act on its
 * grids at the cells' printed positions. Saves a screenshot when a test fails.
 */
final class EditorFixture implements TestWatcher {

    Shell shell;
    ReportEditorPart editor;
    ReportDocument document;

    void open(ReportDocument report) {
        Display display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Nianbao test");
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 900);
        editor = new ReportEditorPart();
        CTabFolder pages = editor.createPages(shell, report);
        document = report;
        shell.open();
        pages.setSelection(3);
        flush();
    }

    ReportGrid grid(String table) {
        return editor.grid(table);
    }

    PrintedCell printed(CellAddress address) {
        ReportGrid grid = grid(address.table());
        return grid.data().layout().find(address);
    }

    /** Types a text into a cell the way the cell editor commits it: through NatTable's update command. */
    void type(CellAddress address, String text) {
        PrintedCell cell = printed(address);
        grid(address.table()).select(cell.column(), cell.row());
        grid(address.table()).commitTyped(cell.column(), cell.row(), text);
        flush();
    }

    boolean marked(CellAddress address, String label) {
        PrintedCell cell = printed(address);
        return grid(address.table()).hasLabel(cell.column(), cell.row(), label);
    }

    void flush() {
        Display display = Display.getDefault();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (shell != null && !shell.isDisposed()) {
            Screenshots.save(shell, "FAILED-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_"));
        }
    }
}
