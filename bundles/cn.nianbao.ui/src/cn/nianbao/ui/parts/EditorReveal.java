package cn.nianbao.ui.parts;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.report.ReviewComment;

/** Brings the editor of a report to the front with a cell selected and on screen (from a finding, an export). */
public final class EditorReveal {

    private EditorReveal() {
    }

    public static void show(EPartService partService, ReportDocument document, CellAddress cell) {
        ReportEditorPart editor = activate(partService, document);
        if (editor != null) {
            editor.reveal(cell);
        }
    }

    /** Goes to what a comment is about: its cell, the first cell of its finding, or its passage selected again. */
    public static void show(EPartService partService, ReportDocument document, ReviewComment comment) {
        ReportEditorPart editor = activate(partService, document);
        if (editor == null) {
            return;
        }
        List<CellAddress> findingCells = CommentAnchors.findingCells(comment);
        if (comment.getSectionKey() != null) {
            editor.revealPassage(comment.getSectionKey(), comment.getQuote());
        } else if (comment.getRuleId() != null) {
            if (!findingCells.isEmpty()) {
                editor.reveal(findingCells.get(0));
            }
        } else {
            editor.reveal(new CellAddress(comment.getTableId(), comment.getRow(), comment.getColumn()));
        }
    }

    private static ReportEditorPart activate(EPartService partService, ReportDocument document) {
        for (MPart part : partService.getParts()) {
            if (part.getObject() instanceof ReportEditorPart editor && editor.document() == document) {
                partService.activate(part);
                return editor;
            }
        }
        return null;
    }
}
