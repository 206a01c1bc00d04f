package cn.nianbao.ui.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.ui.parts.ReportEditorPart;

/** The editor part of the report the user works on now, for handlers. */
final class ActiveEditor {

    private ActiveEditor() {
    }

    static MPart part(EPartService partService, ReportDocument current) {
        if (current == null) {
            return null;
        }
        for (MPart part : partService.getParts()) {
            if (part.getObject() instanceof ReportEditorPart editor && editor.document() == current) {
                return part;
            }
        }
        return null;
    }
}
