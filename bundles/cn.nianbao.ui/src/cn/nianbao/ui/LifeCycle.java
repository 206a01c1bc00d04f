package cn.nianbao.ui;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

import cn.nianbao.store.DataFolder;

/**
 * Workbench life cycle: picks the UI language before the first string is shown, and puts the workbench's
 * shared state into the application context, where parts and handlers (this bundle's and review's) get it
 * injected: the open reports (and with them the active one) and the repository.
 */
public final class LifeCycle {

    @PostContextCreate
    public void postContextCreate(IEclipseContext context) {
        UiLanguage.apply();
        context.set(OpenReports.class, new OpenReports(context));
        context.set(RepositoryAccess.class, new RepositoryAccess(DataFolder.resolve(null)));
    }
}
