package cn.nianbao.ui.grid;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;

/**
 * Key presses and pointer events as a person makes them: sent to the X server with xdotool (XTest) while the
 * display keeps dispatching, so a modal dialog opened by a key is answered by the next one. SWT's
 * Display.post is not used: on GTK 3 under Xvfb its mouse events lose their position and its keys are not
 * always delivered.
 */
class XInput {

    private final Display display = Display.getDefault();

    /** Types characters (digits, lower-case letters, '-') one key press at a time. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            key(c == '-' ? "minus" : String.valueOf(c));
        }
    }

    /** Presses a key by its X name: Return, Escape, Delete, Left, End, F2, Tab, ctrl+v, alt+r... */
    void key(String name) {
        xdotool("key", "--clearmodifiers", name);
    }

    /** Runs xdotool on the test's X display and dispatches events until it is done and they are handled. */
    void xdotool(Object... arguments) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        for (Object argument : arguments) {
            command.add(String.valueOf(argument));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            while (process.isAlive()) {
                dispatch();
                Thread.sleep(2);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("xdotool is needed to drive the workbench with real input", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
    }

    /** Lets the X server deliver what was sent and the widgets handle and paint it. */
    void settle() {
        pump(120);
    }

    /** Dispatches events (and timers) for about this long: a pause as a person makes one. */
    void pump(long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            dispatch();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < end);
        dispatch();
    }

    private void dispatch() {
        while (display.readAndDispatch()) {
            // let each event arrive before the next one
        }
    }
}
