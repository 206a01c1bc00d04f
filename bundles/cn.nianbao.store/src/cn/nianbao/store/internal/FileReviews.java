package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.model.report.Review;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.StatusChange;
import cn.nianbao.store.CarriedReview;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.StatusFlow;
import cn.nianbao.store.StatusLogEntry;

/**
 * The workflow between the repository and a {@code .nianbao} file's {@code review}, for reports that leave
 * the repository as a file (USB stick, e-mail) and come back: a checked-out file carries the report's status,
 * status log and comments; a file saved back brings what was done to it. A comment or a status change is the
 * same one when its author, its time (to the millisecond, as both keep it) and its text or statuses are the
 * same, so a file that comes back twice adds nothing the second time.
 */
public final class FileReviews {

    private FileReviews() {
    }

    /**
     * The review a checked-out file carries; null for a draft that has no history and no comments (the file
     * is then exactly what a Nianbao without the workflow wrote).
     */
    public static Review of(ReportStatus status, List<StatusLogEntry> log, List<ReviewComment> comments) {
        if (status == ReportStatus.DRAFT && log.isEmpty() && comments.isEmpty()) {
            return null;
        }
        Review review = ReportFactory.eINSTANCE.createReview();
        review.setStatus(status.name());
        for (StatusLogEntry entry : log) {
            StatusChange change = ReportFactory.eINSTANCE.createStatusChange();
            change.setFromStatus(entry.from().name());
            change.setToStatus(entry.to().name());
            change.setAuthor(entry.author());
            change.setDate(Date.from(entry.changedAt()));
            change.setComment(entry.comment());
            change.setReturnRound(entry.returnRound());
            review.getStatusChanges().add(change);
        }
        review.getComments().addAll(comments);
        return review;
    }

    /**
     * The status a report filed by saving this file starts from: where the file's history starts (its first
     * change's status before it), else the file's status; null when the file carries no review.
     */
    public static ReportStatus startOf(Review review) {
        if (review == null) {
            return null;
        }
        String first = review.getStatusChanges().isEmpty() ? review.getStatus()
                : review.getStatusChanges().get(0).getFromStatus();
        return ReportStatus.parse(first).orElse(ReportStatus.DRAFT);
    }

    /**
     * Brings a file's review into the repository, in the caller's transaction (which holds the write lock):
     * comments the repository does not have are added (with their author, time and done mark), done marks of
     * comments it has are applied (a file never reopens one), and the file's status changes that the
     * repository does not have are applied in order when the workflow allows them from the report's status
     * then; the others are returned as refused, never applied.
     */
    public static CarriedReview carry(Connection c, Chain chain, ReportSummary report, long revisionId, Review review)
            throws SQLException {
        if (review == null) {
            return CarriedReview.NONE;
        }
        int added = 0;
        int done = 0;
        List<ReviewComment> stored = Workflow.comments(c, report.id());
        for (ReviewComment comment : review.getComments()) {
            Optional<ReviewComment> same = stored.stream().filter(s -> sameComment(s, comment)).findFirst();
            if (same.isEmpty()) {
                Workflow.addAsWritten(c, report.id(), comment);
                added++;
            } else if (comment.getDoneBy() != null && same.get().getDoneBy() == null) {
                Instant at = comment.getDoneDate() == null ? Instant.now() : comment.getDoneDate().toInstant();
                Workflow.markDone(c, report.id(), same.get().getNumber(), comment.getDoneBy(), at);
                done++;
            }
        }
        int applied = 0;
        List<CarriedReview.RefusedStep> refused = new ArrayList<>();
        List<StatusLogEntry> log = Workflow.log(c, report.id());
        ReportStatus current = report.status();
        for (StatusChange step : review.getStatusChanges()) {
            if (log.stream().anyMatch(entry -> sameChange(entry, step))) {
                continue;
            }
            Optional<ReportStatus> to = ReportStatus.parse(step.getToStatus());
            if (to.isPresent() && to.get() == current) {
                continue; // the repository is there already: nothing to apply, nothing lost
            }
            if (to.isEmpty() || !StatusFlow.allows(current, to.get())) {
                refused.add(refusal(report, current, step, to));
                continue;
            }
            try {
                Members.checkStep(c, report, to.get());
            } catch (RepositoryException e) {
                refused.add(refusal(report, step, e.messageZh(), e.messageEn()));
                continue;
            }
            setStatus(c, chain, report.id(), to.get());
            Workflow.append(c, chain, report.id(), revisionId, current, to.get(), step.getAuthor(),
                    step.getDate() == null ? Instant.now() : step.getDate().toInstant(), step.getComment());
            current = to.get();
            applied++;
        }
        return new CarriedReview(added, done, applied, refused);
    }

    /** Sets a report's status and seals the report row again; the caller appends the change to the log. */
    public static void setStatus(Connection c, Chain chain, long reportId, ReportStatus status)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET status = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setLong(2, reportId);
            ps.executeUpdate();
        }
        Chains.reseal(c, chain, reportId);
    }

    private static CarriedReview.RefusedStep refusal(ReportSummary report, ReportStatus current, StatusChange step,
            Optional<ReportStatus> to) {
        if (to.isEmpty()) {
            return refusal(report, step, Messages.zh("carry.unknownStatus", step.getToStatus()),
                    Messages.en("carry.unknownStatus", step.getToStatus()));
        }
        try {
            StatusFlow.check(report.agency(), report.year(), current, to.get());
            return refusal(report, step, "", "");
        } catch (RepositoryException e) {
            return refusal(report, step, e.messageZh(), e.messageEn());
        }
    }

    private static CarriedReview.RefusedStep refusal(ReportSummary report, StatusChange step, String why,
            String whyEn) {
        String year = Integer.toString(report.year());
        String when = step.getDate() == null ? "" : step.getDate().toInstant().toString();
        String who = step.getAuthor() == null ? "" : step.getAuthor();
        return new CarriedReview.RefusedStep(
                Messages.zh("carry.refused", report.agency(), year, label(step.getFromStatus(), true),
                        label(step.getToStatus(), true), who, when, why),
                Messages.en("carry.refused", report.agency(), year, label(step.getFromStatus(), false),
                        label(step.getToStatus(), false), who, when, whyEn));
    }

    private static String label(String id, boolean zh) {
        return ReportStatus.parse(id).map(s -> zh ? s.labelZh() : s.labelEn()).orElse(String.valueOf(id));
    }

    private static boolean sameComment(ReviewComment stored, ReviewComment carried) {
        return Objects.equals(stored.getAuthor(), carried.getAuthor()) && Objects.equals(stored.getText(), carried.getText())
                && millis(stored.getDate()) == millis(carried.getDate());
    }

    private static boolean sameChange(StatusLogEntry entry, StatusChange step) {
        return entry.from().name().equals(idOf(step.getFromStatus())) && entry.to().name().equals(idOf(step.getToStatus()))
                && Objects.equals(entry.author(), step.getAuthor())
                && entry.changedAt().toEpochMilli() == millis(step.getDate());
    }

    private static String idOf(String status) {
        return ReportStatus.parse(status).map(ReportStatus::name).orElse(status);
    }

    private static long millis(Date date) {
        return date == null ? Long.MIN_VALUE : date.getTime();
    }
}
