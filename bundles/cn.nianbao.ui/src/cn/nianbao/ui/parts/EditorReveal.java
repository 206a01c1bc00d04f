package cn.nianbao.ui.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;

/** Brings the editor of a report to the front with a cell selected and on screen (from a finding, an export). */
public final class EditorReveal {

    private EditorReveal() {
    }

    public static void show(EPartService partService, ReportDocument document, CellAddress cell) {
        for (MPart part : partService.getParts()) {
            if (part.getObject() instanceof ReportEditorPart editor && editor.document() == document) {
                partService.activate(part);
                editor.reveal(cell);
                return;
            }
        }
    }
}
