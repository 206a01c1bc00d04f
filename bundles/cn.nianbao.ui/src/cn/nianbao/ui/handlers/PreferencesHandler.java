package cn.nianbao.ui.handlers;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.ServerPasswords;
import cn.nianbao.ui.UiLanguage;
import jakarta.inject.Named;

/** Window ▸ Preferences: the language of the user interface, the repository (embedded or a team's server). */
public final class PreferencesHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, RepositoryAccess repository, ServerPasswords passwords) {
        PreferencesDialog dialog = new PreferencesDialog(shell, repository, passwords,
                InstanceScope.INSTANCE.getNode(UiLanguage.NODE));
        if (dialog.open() != Window.OK) {
            return;
        }
        if (dialog.passwordForSessionOnly()) {
            MessageDialog.openWarning(shell, Messages.Prefs_title, Messages.Prefs_passwordSessionOnly);
        }
        if (dialog.languageChanged()) {
            MessageDialog.openInformation(shell, Messages.Prefs_title, Messages.Prefs_restart);
        }
    }
}
