package cn.nianbao.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog with a title area, the same title in the window's frame and over the message, and a form
 * of captions and fields below: what every question the workbench asks with fields looks like.
 */
public abstract class FormDialog extends TitleAreaDialog {

    private final String title;

    protected FormDialog(Shell shell, String title) {
        super(shell);
        this.title = title;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /**
     * The dialog area with the title and {@code message} shown, and in it an empty form of {@code columns}
     * columns filling it; {@link #createDialogArea} returns the form's parent.
     */
    protected Composite form(Composite parent, String message, int columns) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(columns).margins(12, 12).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        return form;
    }

    /** A field's caption, at the top of its row (beside a field of several lines too). */
    protected static void caption(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }
}
