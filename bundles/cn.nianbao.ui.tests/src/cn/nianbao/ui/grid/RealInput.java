package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.PrintedCell;

/**
 * Drives a grid the way a person does: mouse and keyboard events sent to the X server with xdotool (XTest),
 * at the pixels where NatTable paints the cell. Nothing here calls into the grid. (SWT's Display.post on
 * GTK 3 synthesizes GDK events whose button position is lost, so a posted click always lands at 0,0.)
 */
final class RealInput {

    private final EditorFixture fixture;
    private final Display display = Display.getDefault();

    RealInput(EditorFixture fixture) {
        this.fixture = fixture;
    }

    /** The centre of the cell that shows a value, in display coordinates (the cell must be in view). */
    Point centre(CellAddress address) {
        NatTable table = fixture.grid(address.table()).control();
        PrintedCell printed = fixture.printed(address);
        for (int column = 0; column < table.getColumnCount(); column++) {
            if (table.getColumnIndexByPosition(column) != printed.column()) {
                continue;
            }
            for (int row = 0; row < table.getRowCount(); row++) {
                if (table.getRowIndexByPosition(row) == printed.row()) {
                    Rectangle bounds = table.getCellByPosition(column, row).getBounds();
                    return table.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
                }
            }
        }
        throw new AssertionError(address + " is not in view");
    }

    void click(CellAddress address) {
        Point at = centre(address);
        xdotool("mousemove", at.x, at.y, "click", 1);
    }

    void rightClick(CellAddress address) {
        Point at = centre(address);
        xdotool("mousemove", at.x, at.y, "click", 3);
    }

    void doubleClick(CellAddress address) {
        Point at = centre(address);
        xdotool("mousemove", at.x, at.y, "click", "--repeat", 2, "--delay", 80, 1);
    }

    void drag(CellAddress from, CellAddress to) {
        Point start = centre(from);
        Point end = centre(to);
        xdotool("mousemove", start.x, start.y, "mousedown", 1);
        for (int step = 1; step <= 5; step++) {
            xdotool("mousemove", start.x + (end.x - start.x) * step / 5, start.y + (end.y - start.y) * step / 5);
        }
        xdotool("mouseup", 1);
    }

    /** Types characters (digits, letters) one key press at a time. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            key(String.valueOf(c) .equals("-") ? "minus" : String.valueOf(c));
        }
    }

    /** Presses a key by its X name: Return, Escape, Delete, Left, End, F2, Tab, ctrl+v... */
    void key(String name) {
        xdotool("key", "--clearmodifiers", name);
    }

    void putOnClipboard(String text) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        settle();
    }

    /** Runs xdotool on the test's X display: XTest input, the same events a person's mouse makes. */
    private void xdotool(Object... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add("xdotool");
        for (Object argument : arguments) {
            command.add(String.valueOf(argument));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            while (process.isAlive()) {
                pump();
                Thread.sleep(2);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("xdotool is needed to drive the grid with real input", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
    }

    private void pump() {
        while (display.readAndDispatch()) {
            // let the event arrive before the next one
        }
    }

    /** Lets the X server deliver what was posted and the widgets handle and paint it. */
    void settle() {
        for (int i = 0; i < 8; i++) {
            pump();
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pump();
    }
}
