package cn.nianbao.ui.handlers;

import java.util.Arrays;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.RepositoryChoice;
import cn.nianbao.ui.ServerPasswords;
import cn.nianbao.ui.UiLanguage;

/**
 * Window ▸ Preferences: the language of the user interface and the repository (the data folder's or a
 * team's server). OK keeps the address in the preferences and the password in secure storage, and switches
 * the workbench to the chosen repository when it changed. It asks nothing itself: what the user must be told
 * afterwards ({@link #languageChanged()}, {@link #passwordForSessionOnly()}) the caller says.
 */
final class PreferencesDialog extends Dialog {

    private static final String[] LANGUAGES = { "", "zh", "en" };

    private final RepositoryAccess repository;
    private final ServerPasswords passwords;
    private final IEclipsePreferences preferences;
    private Combo language;
    RepositorySection section;
    private boolean languageChanged;
    private boolean passwordForSessionOnly;

    PreferencesDialog(Shell shell, RepositoryAccess repository, ServerPasswords passwords,
            IEclipsePreferences preferences) {
        super(shell);
        this.repository = repository;
        this.passwords = passwords;
        this.preferences = preferences;
    }

    @Override
    protected void configureShell(Shell newShell) {
        super.configureShell(newShell);
        newShell.setText(Messages.Prefs_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.Prefs_language);
        language = new Combo(area, SWT.READ_ONLY);
        language.setItems(Messages.Prefs_languageSystem, "简体中文", "English");
        language.select(Math.max(0, Arrays.asList(LANGUAGES).indexOf(UiLanguage.preference())));
        RepositoryChoice choice = RepositoryChoice.load(preferences);
        section = new RepositorySection(area, choice, storedPassword(choice));
        return area;
    }

    @Override
    protected void okPressed() {
        RepositoryChoice choice = section.choice();
        ServerAddress address;
        try {
            address = choice.address();
        } catch (RepositoryException e) {
            section.show(e);
            return;
        }
        String chosenLanguage = LANGUAGES[Math.max(0, language.getSelectionIndex())];
        languageChanged = !chosenLanguage.equals(UiLanguage.preference());
        UiLanguage.setPreference(chosenLanguage);
        boolean passwordChanged = false;
        if (address != null) {
            String typed = section.password.getText();
            passwordChanged = !typed.equals(passwords.get(address));
            passwordForSessionOnly = !passwords.put(address, typed);
        }
        try {
            choice.save(preferences);
        } catch (BackingStoreException e) {
            // the choice holds for this session; the log says why it was not kept
            ILog.of(PreferencesDialog.class).warn("repository choice not stored", e);
        }
        if (passwordChanged || !Objects.equals(address, repository.server())) {
            repository.use(address, address == null ? () -> "" : () -> passwords.get(address));
        }
        super.okPressed();
    }

    boolean languageChanged() {
        return languageChanged;
    }

    /** True when secure storage could not keep the password: it holds until Nianbao ends. */
    boolean passwordForSessionOnly() {
        return passwordForSessionOnly;
    }

    private String storedPassword(RepositoryChoice choice) {
        try {
            ServerAddress address = choice.address();
            return address == null ? "" : passwords.get(address);
        } catch (RepositoryException e) {
            return "";
        }
    }
}
