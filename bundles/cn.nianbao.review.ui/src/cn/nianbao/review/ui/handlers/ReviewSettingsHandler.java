package cn.nianbao.review.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewPreferences;
import jakarta.inject.Named;

/** Review ▸ Review Settings: when the compare editor marks a change as large (percentage and minimum). */
public final class ReviewSettingsHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        dialog(shell).open();
    }

    /** The settings dialog, not yet open (the Chinese widget walk opens it without blocking). */
    static Dialog dialog(Shell shell) {
        return new Dialog(shell) {
            private Spinner percent;
            private Spinner minimum;

            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(ReviewMessages.Settings_title);
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Composite area = (Composite) super.createDialogArea(parent);
                GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
                ChangeThreshold threshold = ReviewPreferences.threshold();
                new Label(area, SWT.NONE).setText(ReviewMessages.Settings_percent);
                percent = new Spinner(area, SWT.BORDER);
                percent.setValues((int) Math.round(threshold.percent()), 0, 10000, 0, 5, 25);
                new Label(area, SWT.NONE).setText(ReviewMessages.Settings_minimum);
                minimum = new Spinner(area, SWT.BORDER);
                minimum.setValues(threshold.minimumDelta(), 0, 100000, 0, 1, 10);
                return area;
            }

            @Override
            protected void okPressed() {
                ReviewPreferences.setThreshold(new ChangeThreshold(percent.getSelection(), minimum.getSelection()));
                super.okPressed();
            }
        };
    }
}
