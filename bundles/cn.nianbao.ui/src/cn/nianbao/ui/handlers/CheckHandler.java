package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import cn.nianbao.editing.ReportDocument;

/** Check ▸ Check again (F5): every rule on the active report. */
public final class CheckHandler {

    @CanExecute
    public boolean canExecute(@Optional ReportDocument active) {
        return active != null;
    }

    @Execute
    public void execute(ReportDocument active) {
        active.recheck();
    }
}
