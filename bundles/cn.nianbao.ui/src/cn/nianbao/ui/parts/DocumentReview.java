package cn.nianbao.ui.parts;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReportPackage;
import cn.nianbao.model.report.Review;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;

/**
 * The review of the report in an editor: for a report of the repository its status and comments there, else
 * those its {@code .nianbao} file carries, changed through the editor's command stack (so that a new comment
 * or a done mark can be undone and makes the file one to save).
 */
public final class DocumentReview {

    private DocumentReview() {
    }

    /** The comments by number; none for a report of the repository when there is no repository to ask (a test's). */
    public static List<ReviewComment> comments(RepositoryAccess repository, ReportDocument document)
            throws RepositoryException {
        if (document.fromRepository()) {
            return repository == null ? List.of() : repository.get().comments(document.repositoryReport());
        }
        return FileWorkflow.comments(document.report());
    }

    public static ReportStatus status(RepositoryAccess repository, ReportDocument document) throws RepositoryException {
        return document.fromRepository()
                ? repository.get().report(document.repositoryReport()).map(ReportSummary::status).orElse(ReportStatus.DRAFT)
                : FileWorkflow.status(document.report());
    }

    /** Adds a comment (its anchor and text) by {@code by}. */
    public static void add(RepositoryAccess repository, ReportDocument document, ReviewComment anchored, String by)
            throws RepositoryException {
        if (document.fromRepository()) {
            repository.get().addComment(document.repositoryReport(), anchored, by);
            repository.changed();
            return;
        }
        AnnualReport report = document.report();
        ReviewComment comment = FileWorkflow.numbered(report, anchored, by);
        Review review = report.getReview();
        Command command;
        if (review == null) {
            review = ReportFactory.eINSTANCE.createReview();
            review.setStatus(ReportStatus.DRAFT.name());
            review.getComments().add(comment);
            command = SetCommand.create(document.domain(), report, ReportPackage.Literals.ANNUAL_REPORT__REVIEW, review);
        } else {
            command = AddCommand.create(document.domain(), review, ReportPackage.Literals.REVIEW__COMMENTS, comment);
        }
        document.execute(labelled(Messages.Comment_add, command));
    }

    /** Marks a comment done by {@code by}, or open again. */
    public static void setDone(RepositoryAccess repository, ReportDocument document, ReviewComment comment,
            boolean done, String by) throws RepositoryException {
        if (document.fromRepository()) {
            repository.get().markDone(document.repositoryReport(), comment.getNumber(), done ? by : null);
            repository.changed();
            return;
        }
        CompoundCommand command = new CompoundCommand(Messages.Comment_done);
        command.append(SetCommand.create(document.domain(), comment, ReportPackage.Literals.REVIEW_COMMENT__DONE_BY,
                done ? by : SetCommand.UNSET_VALUE));
        command.append(SetCommand.create(document.domain(), comment, ReportPackage.Literals.REVIEW_COMMENT__DONE_DATE,
                done ? new Date() : SetCommand.UNSET_VALUE));
        document.execute(command);
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
