package cn.nianbao.ui.grid;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Input as a person gives it: X key events through {@link Display#post}, then the events are let through.
 * Nothing here calls into the editor.
 */
final class PostedKeys {

    private final Display display = Display.getDefault();

    /** Types lower-case letters and digits, one key press each. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            key(c, 0);
        }
        pump(100);
    }

    void ctrl(char c) {
        key(c, SWT.CTRL);
        pump(150);
    }

    void alt(char c) {
        key(c, SWT.ALT);
        pump(150);
    }

    private void key(char c, int modifier) {
        if (modifier != 0) {
            post(SWT.KeyDown, modifier, '\0');
        }
        post(SWT.KeyDown, 0, c);
        post(SWT.KeyUp, 0, c);
        if (modifier != 0) {
            post(SWT.KeyUp, modifier, '\0');
        }
        pump(20);
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        display.post(event);
    }

    /** Lets the posted events (and timers) through for about this long. */
    void pump(long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < end);
    }
}
