package cn.nianbao.ui.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.parts.ReportEditorPart;

/**
 * Names the change on the Undo and Redo items each time their enablement is evaluated (the menu opens, the
 * toolbar updates): the menu says "撤销 粘贴 (6 个单元格)", the toolbar button's tooltip the same.
 */
final class EditMenuLabels {

    private EditMenuLabels() {
    }

    static void show(MHandledItem item, String plain, String named, String change) {
        if (item == null) {
            return;
        }
        String text = change == null ? plain : Messages.bind(named, change);
        if (item instanceof MMenuItem) {
            if (!text.equals(item.getLabel())) {
                item.setLabel(text);
            }
        } else if (!text.replace("&", "").equals(item.getTooltip())) {
            item.setTooltip(text.replace("&", ""));
        }
    }

    /** Runs an undo or a redo in the editor of the active report, if it has one. */
    static void inEditor(EPartService partService, ReportDocument active,
            java.util.function.Consumer<ReportEditorPart> action) {
        MPart part = ActiveEditor.part(partService, active);
        if (part != null && part.getObject() instanceof ReportEditorPart editor) {
            action.accept(editor);
        }
    }
}
