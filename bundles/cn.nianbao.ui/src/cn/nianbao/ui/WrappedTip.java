package cn.nianbao.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The body of a tooltip with long lines (findings, messages): wrapped at a readable width that also fits the
 * monitor, so that JFace can keep the whole tip on the screen instead of running it off the right edge.
 */
public final class WrappedTip {

    /** About 40 Chinese characters a line at the usual font size. */
    public static final int READABLE_WIDTH = 560;

    private WrappedTip() {
    }

    public static Composite create(Composite parent, String text) {
        Display display = parent.getDisplay();
        Composite area = new Composite(parent, SWT.NONE);
        area.setBackground(display.getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(area);
        Label label = new Label(area, SWT.WRAP);
        label.setBackground(area.getBackground());
        label.setForeground(display.getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        label.setText(text);
        int monitor = parent.getMonitor().getClientArea().width;
        int limit = Math.max(160, Math.min(READABLE_WIDTH, monitor - 40));
        Point natural = label.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        GridDataFactory.fillDefaults().hint(Math.min(natural.x, limit), SWT.DEFAULT).applyTo(label);
        return area;
    }
}
