package cn.nianbao.ui.parts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import cn.nianbao.store.ReportSummary;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RecentFiles;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.handlers.OpenHandler;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The start page in the editor area (see {@link StartPage}); {@link cn.nianbao.ui.handlers.StartPageAddon} shows
 * it while no editor is open. Its buttons run the File menu's commands; the repository's reports are read in
 * the background each time the page is shown, and only when there is a repository (none is created for it).
 */
public final class StartPagePart {

    public static final String ID = "cn.nianbao.ui.part.start";
    private static final String NEW = "cn.nianbao.app.command.new";
    private static final String NEW_FROM_PREVIOUS = "cn.nianbao.app.command.newFromPrevious";
    private static final String OPEN = "cn.nianbao.app.command.open";

    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;
    @Inject
    private EditorOpener opener;
    @Inject
    private RecentFiles recentFiles;
    @Inject
    private RepositoryAccess repository;

    private StartPage page;

    @PostConstruct
    public void create(Composite parent) {
        page = new StartPage(parent, recentFiles, new StartPage.Actions() {
            @Override
            public void newReport() {
                run(NEW);
            }

            @Override
            public void newFromPrevious() {
                run(NEW_FROM_PREVIOUS);
            }

            @Override
            public void open() {
                run(OPEN);
            }

            @Override
            public void openFile(Path file) {
                OpenHandler.open(parent.getShell(), opener, file);
            }

            @Override
            public void openFromRepository(ReportSummary report) {
                opener.openLatest(parent.getShell(), repository, report);
            }
        });
        readRepository();
        // another repository chosen in the preferences, or a report saved: the list follows
        Runnable follow = () -> {
            Control control = page.control();
            if (control.isDisposed()) {
                return;
            }
            if (repository.exists()) {
                readRepository();
            } else {
                control.getDisplay().asyncExec(() -> page.showLatest(List.of()));
            }
        };
        repository.addListener(follow);
        page.control().addListener(SWT.Dispose, e -> repository.removeListener(follow));
    }

    private void run(String id) {
        ParameterizedCommand command = commands.createCommand(id, null);
        handlers.executeHandler(command);
    }

    private void readRepository() {
        if (!repository.exists()) {
            return;
        }
        Display display = page.control().getDisplay();
        Job job = Job.create(Messages.StartPage_repository, monitor -> {
            try {
                List<ReportSummary> reports = repository.get().list(null, null);
                display.asyncExec(() -> page.showLatest(reports));
            } catch (Exception e) {
                // the start page still offers everything else; the repository's own view says what is wrong
                org.eclipse.core.runtime.ILog.of(StartPagePart.class).warn("repository not listed on the start page", e);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
