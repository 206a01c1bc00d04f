package cn.nianbao.ui.handlers;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.ui.parts.ReportEditorPart;

/** The report editors of the workbench, and closing them as the tab's × does: ask about changes, then remove. */
final class EditorParts {

    private EditorParts() {
    }

    static List<MPart> all(EPartService partService) {
        return partService.getParts().stream().filter(p -> p.getObject() instanceof ReportEditorPart).toList();
    }

    /** Closes the parts after the usual question about unsaved changes; false when the user cancelled. */
    static boolean close(EPartService partService, List<MPart> parts) {
        List<MPart> dirty = parts.stream().filter(MPart::isDirty).toList();
        boolean saved = dirty.size() == 1 ? partService.savePart(dirty.get(0), true)
                : dirty.isEmpty() || partService.saveAll(true);
        if (!saved) {
            return false;
        }
        parts.forEach(part -> partService.hidePart(part, true));
        return true;
    }
}
