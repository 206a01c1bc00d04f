package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.parts.RepositorySave;
import jakarta.inject.Named;

/** File ▸ Save to Repository: the active report becomes a new revision of its agency and year. */
public final class SaveToRepositoryHandler {

    @CanExecute
    public boolean canExecute() {
        return OpenReports.current() != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        RepositorySave.save(shell, OpenReports.current());
    }
}
