package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.ui.parts.ReportEditorPart;
import jakarta.inject.Named;

/**
 * File ▸ Save (Ctrl+S): the active report. A report with changes is saved where it belongs; one that has no
 * Nianbao file yet (new, or imported from a published form and not edited) asks where, as Save As does.
 */
public final class SaveHandler {

    @CanExecute
    public boolean canExecute(@Optional ReportDocument active) {
        return active != null && (active.isDirty() || active.file() == null && !active.fromRepository());
    }

    @Execute
    public void execute(EPartService partService, @Named("activeShell") Shell shell, @Optional ReportDocument active) {
        MPart part = ActiveEditor.part(partService, active);
        if (part == null) {
            return;
        }
        if (part.isDirty()) {
            partService.savePart(part, false);
        } else if (part.getObject() instanceof ReportEditorPart editor) {
            editor.save(shell); // the workbench saves dirty parts only
        }
    }
}
