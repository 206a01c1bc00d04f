package cn.nianbao.ui.grid;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Finding widgets in a live shell as a user finds them (a button by its text), and letting the UI catch up. */
public final class Widgets {

    private Widgets() {
    }

    /** The first control of the type below root; for a button, the one with this text (null: any). */
    @SuppressWarnings("unchecked")
    public static <T extends Control> T find(Control root, Class<T> type, String buttonText) {
        if (type.isInstance(root) && (buttonText == null || root instanceof Button b && buttonText.equals(b.getText()))) {
            return (T) root;
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, buttonText);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every control of the type below root, in the order a user meets them (depth first). */
    public static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** Runs what the UI has queued (async runnables, paints, listeners) a few times over. */
    public static void flush() {
        Display display = Display.getDefault();
        for (int i = 0; i < 5; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
