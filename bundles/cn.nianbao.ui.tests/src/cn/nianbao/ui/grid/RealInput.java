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
 * Drives a grid the way a person does: clicks, drags and keys through xdotool at the pixels where NatTable
 * paints the cell, and the clipboard as another program fills it. Nothing here calls into the grid.
 */
final class RealInput extends XInput {

    private final EditorFixture fixture;

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

    void putOnClipboard(String text) {
        Clipboard clipboard = new Clipboard(Display.getDefault());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        settle();
    }
}
