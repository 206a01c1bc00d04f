package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File ▸ Save All: every report with changes, each where it belongs (one without a file asks where). */
public final class SaveAllHandler {

    @CanExecute
    public boolean canExecute(EPartService partService) {
        return !partService.getDirtyParts().isEmpty();
    }

    @Execute
    public void execute(EPartService partService) {
        partService.saveAll(false);
    }
}
