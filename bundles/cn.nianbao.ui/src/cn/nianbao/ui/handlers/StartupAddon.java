package cn.nianbao.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.parts.EditorOpener;
import jakarta.inject.Inject;

/**
 * Opens the reports named on the command line ({@code nianbao FILE...}) once the workbench is up, and,
 * for the start-up benchmark, prints a marker when the first editor is showing; closes the repository at the end.
 */
public final class StartupAddon {

    @Inject
    private MApplication application;
    @Inject
    private OpenReports openReports;
    @Inject
    private RepositoryAccess repository;

    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        if (application.getChildren().isEmpty()) {
            return;
        }
        // the part service lives in the window's context, not in the application's where addons are made
        MWindow window = application.getChildren().get(0);
        window.getContext().set(ISaveHandler.class, new ReportSaveHandler());
        EditorOpener opener = ContextInjectionFactory.make(EditorOpener.class, window.getContext());
        Display display = Display.getCurrent();
        for (String arg : Platform.getApplicationArgs()) {
            if (!arg.startsWith("-")) {
                opener.open(display.getActiveShell(), Path.of(arg).toAbsolutePath());
            }
        }
        AutosaveTimer autosave = new AutosaveTimer(display, openReports);
        autosave.offerRestore(display.getActiveShell(), opener::show);
        autosave.start();
        if (Boolean.getBoolean("nianbao.startupProbe")) {
            display.asyncExec(() -> System.out.println("NIANBAO_EDITOR_SHOWN"));
        }
    }

    /** Closes the shared repository once, as the workbench shuts down: H2 writes its last pages and frees the lock. */
    @Inject
    @Optional
    public void shuttingDown(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event event) {
        repository.close();
    }
}
