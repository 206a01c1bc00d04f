package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.ui.Messages;
import cn.nianbao.ui.UiLanguage;
import jakarta.inject.Named;

/** Window ▸ Preferences: the language of the user interface (system, 简体中文, English). */
public final class PreferencesHandler {

    private static final String[] VALUES = { "", "zh", "en" };

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        new Dialog(shell) {
            private Combo language;

            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(Messages.Prefs_title);
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Composite area = (Composite) super.createDialogArea(parent);
                GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
                new Label(area, SWT.NONE).setText(Messages.Prefs_language);
                language = new Combo(area, SWT.READ_ONLY);
                language.setItems(Messages.Prefs_languageSystem, "简体中文", "English");
                String current = UiLanguage.preference();
                language.select(Math.max(0, java.util.Arrays.asList(VALUES).indexOf(current)));
                return area;
            }

            @Override
            protected void okPressed() {
                String chosen = VALUES[Math.max(0, language.getSelectionIndex())];
                boolean changed = !chosen.equals(UiLanguage.preference());
                UiLanguage.setPreference(chosen);
                super.okPressed();
                if (changed) {
                    MessageDialog.openInformation(shell, Messages.Prefs_title, Messages.Prefs_restart);
                }
            }
        }.open();
    }
}
