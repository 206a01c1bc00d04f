package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import cn.nianbao.ui.WrappedTip;

/** A finding's tooltip wraps instead of running off the screen in one line. */
class WrappedTipTest {

    @Test
    void aLongFindingWrapsWithinAReadableWidth() {
        Shell shell = new Shell(Display.getDefault(), SWT.TOOL | SWT.ON_TOP);
        try {
            shell.setLayout(new FillLayout());
            String finding = "警告 TYP-03: 表三有 169 个单元格空白或填写“/”“-”“—”（没有数据应填 0），涉及 25 行：".repeat(6);
            Composite tip = WrappedTip.create(shell, finding);
            Point size = tip.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            int screen = shell.getMonitor().getClientArea().width;
            assertTrue(size.x <= 600 && size.x < screen, "tip width " + size.x + " on a screen of " + screen);
            int oneLine = shell.getFont().getFontData()[0].getHeight() * 3;
            assertTrue(size.y > 4 * oneLine / 2, "wrapped over several lines, height " + size.y);
        } finally {
            shell.dispose();
        }
    }
}
