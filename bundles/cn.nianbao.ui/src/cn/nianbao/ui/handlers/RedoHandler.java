package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.parts.ReportEditorPart;

/** Edit ▸ Redo (Ctrl+Y): redoes and shows the change; the menu item says which. */
public final class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional MHandledItem item, @Optional ReportDocument current) {
        String label = current == null ? null : current.redoLabel();
        EditMenuLabels.show(item, Messages.Edit_redo, Messages.Edit_redoNamed, label);
        return current != null && current.canRedo();
    }

    @Execute
    public void execute(EPartService partService, @Optional ReportDocument current) {
        EditMenuLabels.inEditor(partService, current, ReportEditorPart::redo);
    }
}
