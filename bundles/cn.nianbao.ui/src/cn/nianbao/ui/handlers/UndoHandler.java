package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.parts.ReportEditorPart;

/**
 * Edit ▸ Undo (Ctrl+Z), through the active report's command stack: undoes the latest change and shows it.
 * The menu item says what will be undone ("撤销 粘贴 (6 个单元格)").
 */
public final class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional MHandledItem item, @Optional ReportDocument current) {
        String label = current == null ? null : current.undoLabel();
        EditMenuLabels.show(item, Messages.Edit_undo, Messages.Edit_undoNamed, label);
        return current != null && current.canUndo();
    }

    @Execute
    public void execute(EPartService partService, @Optional ReportDocument current) {
        EditMenuLabels.inEditor(partService, current, ReportEditorPart::undo);
    }
}
