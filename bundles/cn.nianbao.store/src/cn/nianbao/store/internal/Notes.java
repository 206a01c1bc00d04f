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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RevisionNote;

/** Revision notes and withdrawals (schema v3), in the caller's transaction. */
public final class Notes {

    private Notes() {
    }

    public static void insert(Connection c, long revisionId, ReportStatus status, String comment, String author,
            String overrideReason) throws SQLException {
        insert(c, new RevisionNote(revisionId, status, comment, author, now(), overrideReason));
    }

    /** Writes a note as it is, with its own time (a restore brings back the time it was made). */
    static void insert(Connection c, RevisionNote note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision_note (revision_id, status, comment,"
                + " author, noted_at, override_reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, note.revisionId());
            ps.setString(2, note.status().name());
            ps.setString(3, note.comment());
            ps.setString(4, note.author());
            ps.setObject(5, utc(note.notedAt()));
            ps.setString(6, note.overrideReason());
            ps.executeUpdate();
        }
    }

    /** The notes of every revision of a report, oldest first. */
    public static List<RevisionNote> of(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT n.revision_id, n.status, n.comment, n.author,"
                + " n.noted_at, n.override_reason FROM revision_note n JOIN revision v ON v.id = n.revision_id"
                + " WHERE v.report_id = ? ORDER BY n.id")) {
            ps.setLong(1, reportId);
            List<RevisionNote> notes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.add(new RevisionNote(rs.getLong(1), ReportStatus.stored(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                }
            }
            return notes;
        }
    }

    /** Withdraws a report at its current revision: a later revision lists it again. */
    public static void withdraw(Connection c, long reportId, String by) throws SQLException {
        // delete and insert rather than H2's MERGE … KEY, which PostgreSQL does not know
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM report_withdrawal WHERE report_id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO report_withdrawal (report_id,"
                        + " revision_id, withdrawn_by, withdrawn_at)"
                        + " SELECT id, current_revision, ?, ? FROM report WHERE id = ?")) {
            delete.setLong(1, reportId);
            delete.executeUpdate();
            insert.setString(1, by);
            insert.setObject(2, utc(now()));
            insert.setLong(3, reportId);
            insert.executeUpdate();
        }
    }

    /** Writes a withdrawal as it was made, at a given revision and time (a restore brings it back). */
    static void insertWithdrawal(Connection c, long reportId, long revisionId, String by, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_withdrawal (report_id, revision_id,"
                + " withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, reportId);
            ps.setLong(2, revisionId);
            ps.setString(3, by);
            ps.setObject(4, utc(at));
            ps.executeUpdate();
        }
    }

    /** The reports withdrawn and not saved again since. */
    public static Set<Long> withdrawn(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT w.report_id FROM report_withdrawal w"
                + " JOIN report r ON r.id = w.report_id WHERE r.current_revision = w.revision_id");
                ResultSet rs = ps.executeQuery()) {
            Set<Long> ids = new HashSet<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
