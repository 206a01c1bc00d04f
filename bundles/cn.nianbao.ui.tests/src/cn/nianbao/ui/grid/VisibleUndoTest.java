package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.handlers.UndoHandler;

/**
 * Ctrl+Z undoes the latest change and shows it, driven by real key presses: text typed on page
 * 一, then on page 六; the first Ctrl+Z takes back 六 and shows 六, the second takes back 一 and shows 一.
 */
class VisibleUndoTest {

    private static final int PAGE_ONE = 1;
    private static final int PAGE_SIX = 6;

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();
    private final XInput input = new XInput();
    private final OpenReports openReports = new OpenReports();
    private Listener ctrlZ;

    @AfterEach
    void close() {
        if (ctrlZ != null) {
            fixture.shell.getDisplay().removeFilter(SWT.KeyDown, ctrlZ);
        }
        if (fixture.document != null) {
            openReports.closed(fixture.document);
        }
        fixture.close();
    }

    @Test
    void ctrlZUndoesPageSixFirstAndShowsItThenPageOne() {
        openNewReport();
        CTabFolder pages = pages();

        goTo(PAGE_ONE);
        input.type("aaa");
        goTo(PAGE_SIX);
        input.type("bbb");
        assertEquals("aaa", textOn(PAGE_ONE).getText(), "typed on page 一");
        assertEquals("aaa", body("S1"), "leaving page 一 ended its run of typing");
        assertEquals("bbb", textOn(PAGE_SIX).getText());
        assertEquals(Messages.bind(Messages.Edit_undoNamed, Messages.bind(Messages.Edit_textOf, heading("S6"))),
                undoMenuLabel(), "the Edit menu names the change that Ctrl+Z will undo");

        input.key("ctrl+z");

        assertEquals("", body("S6"), "the first Ctrl+Z undoes what was typed last, on page 六");
        assertEquals("", textOn(PAGE_SIX).getText(), "and page 六 shows it, though its text has the focus");
        assertEquals(pages.getItem(PAGE_SIX), pages.getSelection(), "the editor shows page 六");
        assertEquals("aaa", body("S1"));
        assertEquals("aaa", textOn(PAGE_ONE).getText());

        input.key("ctrl+z");

        assertEquals("", body("S1"));
        assertEquals("", textOn(PAGE_ONE).getText());
        assertEquals(pages.getItem(PAGE_ONE), pages.getSelection(), "the second Ctrl+Z shows page 一");
    }

    @Test
    void typingIsUndoneInRunsNotLetterByLetter() {
        openNewReport();
        CTabFolder pages = pages();
        goTo(PAGE_SIX);
        input.type("abc");
        input.pump(1_500); // a pause ends the run
        input.type("def");

        input.key("ctrl+z");
        assertEquals("abc", body("S6"), "the run after the pause goes first, whole");
        assertEquals("abc", textOn(PAGE_SIX).getText());
        input.key("ctrl+z");
        assertEquals("", body("S6"));
    }

    @Test
    void undoingAPasteSelectsItsCellsOnTheirPageAndTheMenuCountsThem() {
        openNewReport();
        ReportGrid grid = fixture.grid("T3");
        RealInput hands = new RealInput(fixture);
        hands.click(new CellAddress("T3", "R01", "C1"));
        hands.putOnClipboard("1\t2\t3\r\n4\t5\t6\r\n");
        hands.key("ctrl+v");
        assertEquals(UiLanguage.english() ? "&Undo Paste (6 cells)" : "撤销 粘贴 (6 个单元格)(&U)", undoMenuLabel());
        CTabFolder pages = pages();
        goTo(PAGE_SIX);

        input.key("ctrl+z");

        assertEquals(null, ReportData.value(fixture.document.report(), new CellAddress("T3", "R01", "C1")));
        assertEquals(grid.page(), pages.getSelection().getControl(), "the editor shows 表三");
        assertEquals(6, grid.selectedCellCount(), "the six pasted cells are selected");
    }

    private void openNewReport() {
        fixture.open(ReportDocuments.create("测试市人民政府", AgencyLevel.values()[1], 2024));
        openReports.opened(fixture.document);
        // the workbench binds Ctrl+Z to Edit ▸ Undo, which runs the active editor's undo
        ctrlZ = event -> {
            if ((event.stateMask & SWT.CTRL) != 0 && event.keyCode == 'z') {
                fixture.editor.undo();
                event.doit = false;
            }
        };
        fixture.shell.getDisplay().addFilter(SWT.KeyDown, ctrlZ);
        // the page tabs are at the bottom: keep them on a 1366×768 screen
        fixture.shell.setBounds(0, 0, 1200, 700);
        fixture.shell.layout(true, true);
        fixture.shell.forceActive();
        input.pump(200);
    }

    /** Clicks the page's tab, then into its text, as the officer does: the caret is where the typing goes. */
    private void goTo(int page) {
        CTabFolder pages = pages();
        Rectangle tab = pages.getItem(page).getBounds();
        Point onTab = pages.toDisplay(tab.x + tab.width / 2, tab.y + tab.height / 2);
        input.xdotool("mousemove", onTab.x, onTab.y, "click", 1);
        Point inText = textOn(page).toDisplay(24, 12);
        input.xdotool("mousemove", inText.x, inText.y, "click", 1);
    }

    private String undoMenuLabel() {
        MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
        new UndoHandler().canExecute(item, openReports.current());
        return item.getLabel();
    }

    private CTabFolder pages() {
        return (CTabFolder) fixture.shell.getChildren()[0];
    }

    private Text textOn(int page) {
        CTabItem item = pages().getItem(page);
        return firstText(item.getControl());
    }

    private static Text firstText(Control control) {
        if (control instanceof Text text) {
            return text;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Text found = firstText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String body(String key) {
        String body = ReportData.section(fixture.document.report(), key).getBody();
        return body == null ? "" : body;
    }

    private String heading(String key) {
        return ReportData.section(fixture.document.report(), key).getHeading();
    }
}
