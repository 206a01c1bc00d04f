package cn.nianbao.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

import cn.nianbao.model.format.TemplateFolder;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;

/**
 * Workbench life cycle: picks the UI language before the first string is shown, and puts the workbench's
 * shared state into the application context, where parts and handlers (this bundle's and review's) get it
 * injected: the open reports (and with them the active one), the recent files and the repository. Registers the templates
 * installed in the data folder first, so that every report is read with its own template.
 */
public final class LifeCycle {

    @PostContextCreate
    public void postContextCreate(IEclipseContext context) {
        UiLanguage.apply();
        registerInstalledTemplates();
        OpenReports openReports = new OpenReports(context);
        context.set(OpenReports.class, openReports);
        RecentFiles recentFiles = new RecentFiles(InstanceScope.INSTANCE.getNode(UiLanguage.NODE));
        context.set(RecentFiles.class, recentFiles);
        context.set(CellCursor.class, new CellCursor());
        new RecentFilesTracker(openReports, recentFiles);
        RepositoryAccess repository = new RepositoryAccess(DataFolder.resolve(null));
        ServerPasswords passwords = ServerPasswords.ofPlatform();
        context.set(ServerPasswords.class, passwords);
        useChosenServer(repository, passwords);
        context.set(RepositoryAccess.class, repository);
    }

    /** The server chosen in the preferences, if any; a choice that no longer parses falls back to the data folder. */
    private static void useChosenServer(RepositoryAccess repository, ServerPasswords passwords) {
        try {
            ServerAddress address = RepositoryChoice.load(InstanceScope.INSTANCE.getNode(UiLanguage.NODE)).address();
            if (address != null) {
                repository.use(address, () -> passwords.get(address));
            }
        } catch (RepositoryException e) {
            ILog.of(LifeCycle.class).warn(UiLanguage.english() ? e.messageEn() : e.messageZh(), e);
        }
    }

    /** Templates dropped into the data folder's templates/ are known before the first report is read. */
    private static void registerInstalledTemplates() {
        Path folder = DataFolder.resolve(null).resolve(TemplateFolder.NAME);
        for (TemplateFolder.Problem problem : TemplateFolder.registerAll(folder)) {
            ILog.of(LifeCycle.class).warn(problem.text(!UiLanguage.english()));
        }
    }
}
