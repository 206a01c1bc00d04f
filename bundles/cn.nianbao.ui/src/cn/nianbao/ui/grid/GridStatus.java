package cn.nianbao.ui.grid;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The line under a grid that says why an entry or a paste was refused, in the user's language; it is
 * cleared by the next accepted change, so it never needs to be dismissed.
 */
final class GridStatus {

    static final String TEST_KEY = "org.eclipse.swtbot.widget.key";

    private final Label label;

    GridStatus(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        label.setData(TEST_KEY, "grid.status");
    }

    void show(String message) {
        if (!label.isDisposed() && !message.equals(label.getText())) {
            label.setText(message);
        }
    }

    void clear() {
        show("");
    }

    String text() {
        return label.getText();
    }
}
