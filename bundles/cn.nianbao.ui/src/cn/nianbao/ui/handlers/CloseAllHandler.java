package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File ▸ Close All (Ctrl+Shift+W): every report, after one question about the unsaved ones. */
public final class CloseAllHandler {

    @CanExecute
    public boolean canExecute(EPartService partService) {
        return !EditorParts.all(partService).isEmpty();
    }

    @Execute
    public void execute(EPartService partService) {
        EditorParts.close(partService, EditorParts.all(partService));
    }
}
