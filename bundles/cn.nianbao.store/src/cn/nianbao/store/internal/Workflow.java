package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.StatusLogEntry;

/** The status log and the comments of reports (schema step SchemaWorkflow), in the caller's transaction. */
public final class Workflow {

    private Workflow() {
    }

    /**
     * Appends a change to the report's status log, linked to the change before it; the caller holds the write
     * lock and has checked the transition. A return carries the report's open comments.
     */
    public static StatusLogEntry append(Connection c, Chain chain, long reportId, long revisionId, ReportStatus from,
            ReportStatus to, String author, String comment) throws SQLException {
        return append(c, chain, reportId, revisionId, from, to, author, now(), comment);
    }

    /** As above, for a change made elsewhere at {@code at} (a step a {@code .nianbao} file brings back). */
    public static StatusLogEntry append(Connection c, Chain chain, long reportId, long revisionId, ReportStatus from,
            ReportStatus to, String author, Instant at, String comment) throws SQLException {
        List<StatusLogEntry> log = log(c, reportId);
        int rounds = log.isEmpty() ? 0 : log.get(log.size() - 1).returnRound();
        List<Integer> carried = List.of();
        if (to == ReportStatus.RETURNED) {
            rounds++;
            carried = comments(c, reportId).stream().filter(k -> k.getDoneBy() == null).map(ReviewComment::getNumber)
                    .toList();
        }
        StatusLogEntry change = new StatusLogEntry(reportId, log.size() + 1, revisionId, from, to, author,
                at.truncatedTo(ChronoUnit.MILLIS), comment, rounds, carried);
        insert(c, chain, change);
        return change;
    }

    /** Writes a change as it is, linked to the report's last one (a restore brings back the changes in order). */
    static void insert(Connection c, Chain chain, StatusLogEntry change) throws SQLException {
        String previous = Hashes.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT chain_hash FROM status_change WHERE report_id = ?"
                + " ORDER BY seq DESC")) {
            ps.setLong(1, change.reportId());
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    previous = rs.getString(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO status_change (report_id, seq, revision_id,"
                + " from_status, to_status, changed_by, changed_at, comment, return_round, carried, prev_hash,"
                + " chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, change.reportId());
            ps.setInt(2, change.sequence());
            ps.setLong(3, change.revisionId());
            ps.setString(4, change.from().name());
            ps.setString(5, change.to().name());
            ps.setString(6, change.author());
            ps.setObject(7, utc(change.changedAt()));
            ps.setString(8, change.comment());
            ps.setInt(9, change.returnRound());
            ps.setString(10, joined(change.carried()));
            ps.setString(11, previous);
            ps.setString(12, link(chain, previous, change));
            ps.executeUpdate();
        }
    }

    /** A report's status log, oldest first. */
    public static List<StatusLogEntry> log(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT report_id, seq, revision_id,"
                + " from_status, to_status, changed_by, changed_at, comment, return_round, carried, prev_hash,"
                + " chain_hash FROM status_change WHERE report_id = ? ORDER BY seq")) {
            ps.setLong(1, reportId);
            List<StatusLogEntry> log = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    log.add(change(rs));
                }
            }
            return log;
        }
    }

    /** The number of returns of a report (0 when it was never returned). */
    public static int returnRounds(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM status_change WHERE report_id = ?"
                + " AND to_status = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, ReportStatus.RETURNED.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Checks every report's status log: each link follows from the change before it, and the last change
     * leads to the status the (sealed) report row has. Returns the problems found.
     */
    static List<cn.nianbao.store.Problem> verify(Connection c, Chain chain) throws SQLException {
        List<cn.nianbao.store.Problem> problems = new ArrayList<>();
        long report = -1;
        String previous = Hashes.GENESIS;
        int expected = 1;
        boolean broken = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT report_id, seq,"
                + " revision_id, from_status, to_status, changed_by, changed_at, comment, return_round, carried,"
                + " prev_hash, chain_hash FROM status_change ORDER BY report_id, seq");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                StatusLogEntry change = change(rs);
                if (change.reportId() != report) {
                    report = change.reportId();
                    previous = Hashes.GENESIS;
                    expected = 1;
                    broken = false;
                }
                if (!broken && (change.sequence() != expected || !previous.equals(rs.getString(11))
                        || !link(chain, previous, change).equals(rs.getString(12)))) {
                    problems.add(Messages.problem("verify.statusLog", String.valueOf(report), change.sequence()));
                    broken = true;
                }
                previous = rs.getString(12);
                expected++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.status, s.to_status FROM report r"
                + " JOIN status_change s ON s.report_id = r.id WHERE s.seq = (SELECT MAX(seq) FROM status_change"
                + " WHERE report_id = r.id) ORDER BY r.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (ReportStatus.stored(rs.getString(2)) != ReportStatus.stored(rs.getString(3))) {
                    problems.add(Messages.problem("verify.statusLast", String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return problems;
    }

    /** Adds a comment as the report's next number, in the return round to come; returns it as stored. */
    public static ReviewComment addComment(Connection c, long reportId, ReviewComment comment, String author)
            throws SQLException {
        ReviewComment stored = org.eclipse.emf.ecore.util.EcoreUtil.copy(comment);
        stored.setAuthor(author);
        stored.setDate(Date.from(now()));
        stored.setDoneBy(null);
        stored.setDoneDate(null);
        return addAsWritten(c, reportId, stored);
    }

    /**
     * Adds a comment written elsewhere (in a {@code .nianbao} file) with its author, time and done mark, as the
     * report's next number in the return round to come; returns it as stored.
     */
    public static ReviewComment addAsWritten(Connection c, long reportId, ReviewComment comment) throws SQLException {
        ReviewComment stored = org.eclipse.emf.ecore.util.EcoreUtil.copy(comment);
        stored.setNumber(comments(c, reportId).stream().mapToInt(ReviewComment::getNumber).max().orElse(0) + 1);
        stored.setReturnRound(returnRounds(c, reportId) + 1);
        if (stored.getDate() == null) {
            stored.setDate(Date.from(now()));
        }
        stored.setDate(Date.from(stored.getDate().toInstant().truncatedTo(ChronoUnit.MILLIS)));
        insertComment(c, reportId, stored);
        return stored;
    }

    /** Writes a comment as it is, done mark included (a restore brings it back). */
    static void insertComment(Connection c, long reportId, ReviewComment k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_comment (report_id, num, table_id, row_id,"
                + " column_id, rule_id, cells, section_key, quote, body, author, created_at, return_round, done_by,"
                + " done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, reportId);
            ps.setInt(2, k.getNumber());
            ps.setString(3, k.getTableId());
            ps.setString(4, k.getRow());
            ps.setString(5, k.getColumn());
            ps.setString(6, k.getRuleId());
            ps.setString(7, k.getCells());
            ps.setString(8, k.getSectionKey());
            ps.setString(9, k.getQuote());
            ps.setString(10, k.getText());
            ps.setString(11, k.getAuthor());
            ps.setObject(12, utc(k.getDate().toInstant()));
            ps.setInt(13, k.getReturnRound());
            ps.setString(14, k.getDoneBy());
            ps.setObject(15, k.getDoneDate() == null ? null : utc(k.getDoneDate().toInstant()));
            ps.executeUpdate();
        }
    }

    /** Marks a comment done (or not done: {@code by} null); false when the report has no such comment. */
    public static boolean markDone(Connection c, long reportId, int number, String by) throws SQLException {
        return markDone(c, reportId, number, by, now());
    }

    /** As above, done at {@code at} (a done mark a {@code .nianbao} file brings back). */
    public static boolean markDone(Connection c, long reportId, int number, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE review_comment SET done_by = ?, done_at = ?"
                + " WHERE report_id = ? AND num = ?")) {
            ps.setString(1, by);
            ps.setObject(2, by == null ? null : utc(at.truncatedTo(ChronoUnit.MILLIS)));
            ps.setLong(3, reportId);
            ps.setInt(4, number);
            return ps.executeUpdate() == 1;
        }
    }

    /** A report's comments by number, as detached model objects (the same a {@code .nianbao} file carries). */
    public static List<ReviewComment> comments(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT num, table_id, row_id, column_id, rule_id, cells,"
                + " section_key, quote, body, author, created_at, return_round, done_by, done_at FROM review_comment"
                + " WHERE report_id = ? ORDER BY num")) {
            ps.setLong(1, reportId);
            List<ReviewComment> comments = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReviewComment k = ReportFactory.eINSTANCE.createReviewComment();
                    k.setNumber(rs.getInt(1));
                    k.setTableId(rs.getString(2));
                    k.setRow(rs.getString(3));
                    k.setColumn(rs.getString(4));
                    k.setRuleId(rs.getString(5));
                    k.setCells(rs.getString(6));
                    k.setSectionKey(rs.getString(7));
                    k.setQuote(rs.getString(8));
                    k.setText(rs.getString(9));
                    k.setAuthor(rs.getString(10));
                    k.setDate(Date.from(rs.getObject(11, OffsetDateTime.class).toInstant()));
                    k.setReturnRound(rs.getInt(12));
                    k.setDoneBy(rs.getString(13));
                    OffsetDateTime done = rs.getObject(14, OffsetDateTime.class);
                    k.setDoneDate(done == null ? null : Date.from(done.toInstant()));
                    comments.add(k);
                }
            }
            return comments;
        }
    }

    private static StatusLogEntry change(ResultSet rs) throws SQLException {
        String carried = rs.getString(10);
        List<Integer> numbers = carried == null || carried.isEmpty() ? List.of()
                : Arrays.stream(carried.split(",")).map(Integer::valueOf).toList();
        return new StatusLogEntry(rs.getLong(1), rs.getInt(2), rs.getLong(3), ReportStatus.stored(rs.getString(4)),
                ReportStatus.stored(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                rs.getString(8), rs.getInt(9), numbers);
    }

    private static String link(Chain chain, String previous, StatusLogEntry s) {
        return chain.statusLink(previous, s.reportId(), s.sequence(), s.revisionId(), s.from().name(), s.to().name(),
                s.author(), s.changedAt().toEpochMilli(), s.comment(), s.returnRound(), joined(s.carried()));
    }

    private static String joined(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
