package cn.nianbao.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;

/** File ▸ Close (Ctrl+W): the active report, after asking about unsaved changes. */
public final class CloseHandler {

    @CanExecute
    public boolean canExecute(@Optional ReportDocument active) {
        return active != null;
    }

    @Execute
    public void execute(EPartService partService, @Optional ReportDocument active) {
        MPart part = ActiveEditor.part(partService, active);
        if (part != null) {
            EditorParts.close(partService, List.of(part));
        }
    }
}
