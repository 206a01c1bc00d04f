package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

import cn.nianbao.ui.OpenReports;

/** Check ▸ Check again (F5): every rule on the active report. */
public final class CheckHandler {

    @CanExecute
    public boolean canExecute() {
        return OpenReports.current() != null;
    }

    @Execute
    public void execute() {
        OpenReports.current().recheck();
    }
}
