package cn.nianbao.ui.parts;

import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.Reviewer;

/** 添加意见…: asks for a reviewer's comment on one cell, named as the table prints it, and adds it. */
final class CommentDialog {

    private CommentDialog() {
    }

    static void add(Shell shell, RepositoryAccess repository, ReportDocument document, CellAddress cell) {
        InputDialog ask = new InputDialog(shell, Messages.Comment_add,
                Messages.bind(Messages.Comment_dialogPrompt, DisplayNames.cells(document.report(), List.of(cell))), "",
                text -> text == null || text.isBlank() ? "" : null);
        if (ask.open() != Window.OK) {
            return;
        }
        add(repository, document, cell, ask.getValue(), shell);
    }

    /** Adds a comment on a cell as the user named in the preferences (tests call this as the dialog's OK does). */
    static void add(RepositoryAccess repository, ReportDocument document, CellAddress cell, String text, Shell shell) {
        ReviewComment comment = ReportFactory.eINSTANCE.createReviewComment();
        comment.setTableId(cell.table());
        comment.setRow(cell.row());
        comment.setColumn(cell.column());
        comment.setText(text.strip());
        try {
            DocumentReview.add(repository, document, comment, Reviewer.name());
        } catch (Exception e) {
            Failures.show(shell, CommentDialog.class, Messages.Comment_add,
                    Messages.bind(Messages.Comment_failed, FileDialogs.reason(e)), e);
        }
    }
}
