package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;

/** File ▸ Save (Ctrl+S): the active report; a new or imported report asks where. */
public final class SaveHandler {

    @CanExecute
    public boolean canExecute(@Optional ReportDocument active) {
        return active != null && active.isDirty();
    }

    @Execute
    public void execute(EPartService partService, @Optional ReportDocument active) {
        MPart part = ActiveEditor.part(partService, active);
        if (part != null) {
            partService.savePart(part, false);
        }
    }
}
