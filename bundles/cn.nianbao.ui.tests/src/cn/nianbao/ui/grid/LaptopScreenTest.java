package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.ReportEditorPart;

/**
 * 表三 on the commonest office laptop screen (1366×768), laid out as the workbench does: the explorer on
 * the left fifth, the Checks view under the editor. All seven columns, 总计 included, must fit.
 */
class LaptopScreenTest {

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void allSevenColumnsOfTable3FitBesideTheExplorerAndAboveTheChecks() throws Exception {
        Display display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1366, 768);
        SashForm main = new SashForm(shell, SWT.HORIZONTAL);
        new List(main, SWT.BORDER).add("Explorer");
        SashForm right = new SashForm(main, SWT.VERTICAL);
        ReportEditorPart editor = new ReportEditorPart();
        CTabFolder pages = editor.createPages(right, ReportDocuments.open(TestData.seed()));
        new List(right, SWT.BORDER).add("Checks");
        main.setWeights(20, 80);
        right.setWeights(72, 28);
        shell.open();
        pages.setSelection(3);
        while (display.readAndDispatch()) {
            // lay out and paint
        }

        NatTable table = editor.grid("T3").control();
        int lastColumn = table.getColumnCount() - 1;
        int ends = table.getStartXOfColumnPosition(lastColumn) + table.getColumnWidthByPosition(lastColumn);
        Screenshots.save(shell, "editor-t3-1366x768-" + (UiLanguage.english() ? "en" : "zh"));
        assertTrue(table.getColumnIndexByPosition(lastColumn) == editor.grid("T3").data().getColumnCount() - 1,
                "总计 is in view");
        assertTrue(ends <= table.getClientArea().width,
                "总计 ends at " + ends + " px, the grid shows " + table.getClientArea().width + " px");
        assertTrue(table.getHorizontalBar() == null || !table.getHorizontalBar().isVisible(), "no horizontal scrolling");
    }
}
