package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.parts.RepositorySave;
import jakarta.inject.Named;

/** File ▸ 提交新版本…: the active report becomes a new revision of its agency and year, after the commit dialog. */
public final class SaveToRepositoryHandler {

    @CanExecute
    public boolean canExecute(@Optional ReportDocument active) {
        return active != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReportDocument active, RepositoryAccess repository) {
        RepositorySave.save(shell, repository, active);
    }
}
