package cn.nianbao.store;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Review;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.StatusChange;
import cn.nianbao.store.internal.Messages;

/**
 * The workflow of a report that travels as a {@code .nianbao} file (USB stick, e-mail) instead of through a
 * shared repository: the same statuses and transitions ({@link StatusFlow}), every change with who and when,
 * and the reviewers' comments with their done marks, all kept in the report's {@link Review}. A file without
 * one is a draft that was never reviewed.
 */
public final class FileWorkflow {

    private FileWorkflow() {
    }

    public static ReportStatus status(AnnualReport report) {
        Review review = report.getReview();
        return review == null || review.getStatus() == null ? ReportStatus.DRAFT
                : ReportStatus.parse(review.getStatus()).orElse(ReportStatus.DRAFT);
    }

    /** The number of returns so far. */
    public static int returnRounds(AnnualReport report) {
        Review review = report.getReview();
        return review == null ? 0
                : (int) review.getStatusChanges().stream()
                        .filter(c -> ReportStatus.RETURNED.name().equals(c.getToStatus())).count();
    }

    /** Changes the status as the workflow allows (else {@link RepositoryException.Kind#REFUSED}); returns the change. */
    public static StatusChange changeStatus(AnnualReport report, ReportStatus to, String by, String comment)
            throws RepositoryException {
        ReportStatus from = status(report);
        StatusFlow.check(name(report), report.getYear(), from, to);
        Review review = review(report);
        StatusChange change = ReportFactory.eINSTANCE.createStatusChange();
        change.setFromStatus(from.name());
        change.setToStatus(to.name());
        change.setAuthor(by);
        change.setDate(new Date());
        change.setComment(comment);
        change.setReturnRound(returnRounds(report) + (to == ReportStatus.RETURNED ? 1 : 0));
        review.getStatusChanges().add(change);
        review.setStatus(to.name());
        return change;
    }

    /** Adds a copy of {@code comment} (its anchor and text) as the next number, in the return round to come. */
    public static ReviewComment addComment(AnnualReport report, ReviewComment comment, String by) {
        ReviewComment added = numbered(report, comment, by);
        review(report).getComments().add(added);
        return added;
    }

    /**
     * A copy of {@code comment} as it would be added (number, author, time, round) without adding it: for an
     * editor that adds it through its command stack, so that it can be undone and marks the file changed.
     */
    public static ReviewComment numbered(AnnualReport report, ReviewComment comment, String by) {
        ReviewComment added = EcoreUtil.copy(comment);
        added.setNumber(comments(report).stream().mapToInt(ReviewComment::getNumber).max().orElse(0) + 1);
        added.setAuthor(by);
        added.setDate(new Date());
        added.setReturnRound(returnRounds(report) + 1);
        added.setDoneBy(null);
        added.setDoneDate(null);
        return added;
    }

    public static List<ReviewComment> comments(AnnualReport report) {
        return report.getReview() == null ? List.of() : List.copyOf(report.getReview().getComments());
    }

    public static List<StatusChange> log(AnnualReport report) {
        return report.getReview() == null ? List.of() : List.copyOf(report.getReview().getStatusChanges());
    }

    /** Marks comment {@code number} done by {@code by} (null: open again); NOT_FOUND when there is none. */
    public static void markDone(AnnualReport report, int number, String by) throws RepositoryException {
        ReviewComment comment = find(report, number)
                .orElseThrow(() -> Messages.exception(RepositoryException.Kind.NOT_FOUND, null, "noComment", number));
        comment.setDoneBy(by);
        comment.setDoneDate(by == null ? null : new Date());
    }

    private static Optional<ReviewComment> find(AnnualReport report, int number) {
        return comments(report).stream().filter(c -> c.getNumber() == number).findFirst();
    }

    private static Review review(AnnualReport report) {
        if (report.getReview() == null) {
            report.setReview(ReportFactory.eINSTANCE.createReview());
            report.getReview().setStatus(ReportStatus.DRAFT.name());
        }
        return report.getReview();
    }

    private static String name(AnnualReport report) {
        return report.getAgencyName() == null ? "" : report.getAgencyName().strip();
    }
}
