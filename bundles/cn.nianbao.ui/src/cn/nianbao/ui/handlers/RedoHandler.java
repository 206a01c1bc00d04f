package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

import cn.nianbao.ui.OpenReports;

/** Edit ▸ Redo (Ctrl+Y). */
public final class RedoHandler {

    @CanExecute
    public boolean canExecute() {
        return OpenReports.current() != null && OpenReports.current().canRedo();
    }

    @Execute
    public void execute() {
        OpenReports.current().redo();
    }
}
