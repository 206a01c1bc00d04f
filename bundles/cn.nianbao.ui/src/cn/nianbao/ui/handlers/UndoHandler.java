package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

import cn.nianbao.ui.OpenReports;

/** Edit ▸ Undo (Ctrl+Z), through the active report's EMF command stack. */
public final class UndoHandler {

    @CanExecute
    public boolean canExecute() {
        return OpenReports.current() != null && OpenReports.current().canUndo();
    }

    @Execute
    public void execute() {
        OpenReports.current().undo();
    }
}
