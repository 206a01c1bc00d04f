package cn.nianbao.ui.parts;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.grid.Screenshots;
import cn.nianbao.ui.grid.Widgets;

/**
 * The seed report open in a real shell with the Checks view (findings and the 意见 group), and with its editor
 * above it when a test needs one (then a double-click in the Checks view reaches that editor as the
 * workbench's part service would). Closes the shell after each test, with a screenshot when one failed.
 */
final class ChecksFixture implements AfterEachCallback {

    Shell shell;
    ReportDocument seed;
    ChecksPart checks;
    ReportEditorPart editor;

    /** The Checks view alone. */
    ChecksFixture open(int width, int height) throws Exception {
        return open(width, height, false);
    }

    /** The editor (on 表三) above the Checks view. */
    ChecksFixture openWithEditor() throws Exception {
        return open(1400, 900, true);
    }

    private ChecksFixture open(int width, int height, boolean withEditor) throws Exception {
        Display display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        seed = ReportDocuments.open(TestData.seed());
        OpenReports open = new OpenReports();
        IEclipseContext context = EclipseContextFactory.create("checks");
        Composite below = shell;
        if (withEditor) {
            SashForm split = new SashForm(shell, SWT.VERTICAL);
            editor = new ReportEditorPart();
            editor.createPages(split, seed);
            below = new Composite(split, SWT.NONE);
            below.setLayout(new FillLayout());
            split.setWeights(3, 2);
        }
        context.set(EPartService.class, withEditor ? partService(editor) : null);
        context.set(OpenReports.class, open);
        context.set(Composite.class, below);
        checks = ContextInjectionFactory.make(ChecksPart.class, context);
        open.opened(seed);
        shell.open();
        Widgets.flush();
        return this;
    }

    /** The findings, left in the Checks view. */
    Table findings() {
        return Widgets.find(checks.comments().control().getParent(), Table.class, null);
    }

    /** The 意见 table of the Checks view. */
    Table comments() {
        return (Table) checks.comments().control().getChildren()[0];
    }

    /** Selects the row of a rule in the findings as a click does; false when there is none. */
    boolean selectFinding(String rule) {
        Table table = findings();
        for (int i = 0; i < table.getItemCount(); i++) {
            if (rule.equals(table.getItem(i).getText(1))) {
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, event(table.getItem(i)));
                Widgets.flush();
                return true;
            }
        }
        return false;
    }

    /** Double-clicks a row of the 意见 table. */
    void doubleClickComment(int row) {
        Table table = comments();
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, event(table.getItem(row)));
        table.notifyListeners(SWT.DefaultSelection, event(table.getItem(row)));
        Widgets.flush();
    }

    /** The findings table's context menu as it opens (Shift+F10): the item with this text, chosen; false when missing or greyed. */
    boolean chooseInFindingsMenu(String item) {
        return choose(findings().getMenu(), item);
    }

    /** A text's context menu as it opens: the item with this text, chosen; false when missing or greyed. */
    static boolean chooseInMenu(Text text, String item) {
        return choose(text.getMenu(), item);
    }

    private static boolean choose(Menu menu, String text) {
        if (menu == null) {
            return false;
        }
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (text.equals(item.getText()) && item.isEnabled()) {
                item.notifyListeners(SWT.Selection, new Event());
                menu.notifyListeners(SWT.Hide, new Event());
                return true;
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return false;
    }

    /**
     * Answers the next dialog with this title as a reviewer does: notes its prompt, types the text, presses OK
     * (run it with asyncExec before what opens the dialog); {@code seen} gets the prompt or what went wrong.
     */
    static void answer(String title, String typed, Consumer<String> seen) {
        Display display = Display.getDefault();
        Shell dialog = display.getActiveShell();
        for (int i = 0; i < 200 && (dialog == null || !title.equals(dialog.getText())); i++) {
            display.readAndDispatch();
            dialog = display.getActiveShell();
        }
        Button ok = dialog == null ? null : Widgets.find(dialog, Button.class, IDialogConstants.OK_LABEL);
        Text field = dialog == null ? null : Widgets.find(dialog, Text.class, null);
        if (ok == null || field == null) {
            seen.accept("no " + title + " dialog with a text and OK");
            if (dialog != null) {
                dialog.close(); // never leave a modal dialog that would hang the test run
            }
            return;
        }
        Label prompt = Widgets.find(dialog, Label.class, null);
        seen.accept(prompt == null ? "" : prompt.getText());
        field.setText(typed);
        ok.notifyListeners(SWT.Selection, new Event());
    }

    void screenshot(String name) {
        Screenshots.save(shell, name);
    }

    private static Event event(Object item) {
        Event event = new Event();
        event.item = (org.eclipse.swt.widgets.Widget) item;
        return event;
    }

    /** A part service that knows one part, the editor (what EditorReveal asks of the workbench's). */
    private static EPartService partService(ReportEditorPart editor) {
        MPart part = (MPart) Proxy.newProxyInstance(MPart.class.getClassLoader(), new Class<?>[] { MPart.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getObject" -> editor;
                    default -> defaultValue(method.getReturnType());
                });
        return (EPartService) Proxy.newProxyInstance(EPartService.class.getClassLoader(),
                new Class<?>[] { EPartService.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getParts" -> List.of(part);
                    default -> defaultValue(method.getReturnType());
                });
    }

    private static Object defaultValue(Class<?> type) {
        return type == boolean.class ? Boolean.FALSE : type == int.class ? Integer.valueOf(0) : null;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (shell != null && !shell.isDisposed()) {
            if (context.getExecutionException().isPresent()) {
                Screenshots.save(shell, "FAILED-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_"));
            }
            shell.dispose();
        }
    }
}
