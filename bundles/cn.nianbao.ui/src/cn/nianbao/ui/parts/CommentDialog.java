package cn.nianbao.ui.parts;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.Reviewer;
import cn.nianbao.validation.Diagnostic;

/**
 * 添加意见…: asks for a reviewer's comment on a cell, a finding or a passage of a text section, naming what
 * it is about as the report prints it, and adds it with the anchor the command line gives such a comment.
 */
final class CommentDialog {

    private CommentDialog() {
    }

    static void onCell(Shell shell, RepositoryAccess repository, ReportDocument document, CellAddress cell) {
        ask(shell, repository, document, CommentAnchors.onCell(cell, ""));
    }

    /** On a finding: its rule and the cells its check names. */
    static void onFinding(Shell shell, RepositoryAccess repository, ReportDocument document, Diagnostic finding) {
        ask(shell, repository, document, CommentAnchors.onFinding(finding.ruleId(), finding.cells(), ""));
    }

    /** On a section, and on the words selected in it unless none are (null or blank). */
    static void onPassage(Shell shell, RepositoryAccess repository, ReportDocument document, String sectionKey,
            String selected) {
        String quote = selected == null || selected.isBlank() ? null : selected.strip();
        ask(shell, repository, document, CommentAnchors.onPassage(sectionKey, quote, ""));
    }

    private static void ask(Shell shell, RepositoryAccess repository, ReportDocument document, ReviewComment anchored) {
        InputDialog ask = new InputDialog(shell, Messages.Comment_add,
                Messages.bind(Messages.Comment_dialogPrompt, CommentPlaces.of(document.report(), anchored)), "",
                text -> text == null || text.isBlank() ? "" : null);
        if (ask.open() != Window.OK) {
            return;
        }
        anchored.setText(ask.getValue().strip());
        add(repository, document, anchored, shell);
    }

    /** Adds a comment as the user named in the preferences (tests call this as the dialog's OK does). */
    static void add(RepositoryAccess repository, ReportDocument document, ReviewComment anchored, Shell shell) {
        try {
            DocumentReview.add(repository, document, anchored, Reviewer.name());
        } catch (Exception e) {
            Failures.show(shell, CommentDialog.class, Messages.Comment_add,
                    Messages.bind(Messages.Comment_failed, FileDialogs.reason(e)), e);
        }
    }
}
