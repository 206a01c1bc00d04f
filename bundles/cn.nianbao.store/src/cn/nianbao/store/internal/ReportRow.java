package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportStatus;

/**
 * A row of the table report as the revision writer needs it: its agency and year, and its current revision's
 * hash and content (packed).
 */
record ReportRow(long id, long agencyId, int year, int revisions, long currentRevision, String currentHash,
        byte[] currentContent, String status) {

    /** Which report of the table: one per agency and year. */
    record Key(long agencyId, int year) {
    }

    private static final String SELECT = "SELECT r.id, r.agency_id, r.report_year, r.revisions, r.current_revision,"
            + " v.content_hash, v.content, r.status FROM report r LEFT JOIN revision v ON v.id = r.current_revision";
    private static final String INSERT = "INSERT INTO report (agency_id, report_year, template, status)"
            + " VALUES (?, ?, ?, ?)";

    Key key() {
        return new Key(agencyId, year);
    }

    /** The row after revision {@code revisionId} (number {@code number}) was made its current one. */
    ReportRow withCurrent(long revisionId, int number, String hash, byte[] packed) {
        return new ReportRow(id, agencyId, year, number, revisionId, hash, packed, status);
    }

    static ReportRow find(Connection c, long agencyId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE r.agency_id = ? AND r.report_year = ?")) {
            ps.setLong(1, agencyId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /**
     * Puts every report row of the agencies into {@code rows}, in one statement per chunk of agencies, and
     * then the current revisions' hashes and contents in one per chunk of revisions. Not one join: without
     * statistics (a bulk import outruns the server's ANALYZE) PostgreSQL joined the revisions by reading them
     * all, for each chunk.
     */
    static void findAll(Connection c, Collection<Long> agencyIds, Map<Key, ReportRow> rows) throws SQLException {
        Map<Long, ReportRow> withRevision = new HashMap<>();
        KeyLookup.select(c, "SELECT id, agency_id, report_year, revisions, current_revision, status FROM report"
                + " WHERE agency_id IN (?)", agencyIds, rs -> {
                    ReportRow row = new ReportRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            rs.getLong(5), null, null, rs.getString(6));
                    rows.put(row.key(), row);
                    if (row.currentRevision() > 0) {
                        withRevision.put(row.currentRevision(), row);
                    }
                });
        KeyLookup.select(c, "SELECT id, content_hash, content FROM revision WHERE id IN (?)", withRevision.keySet(),
                rs -> {
                    ReportRow row = withRevision.get(rs.getLong(1));
                    rows.put(row.key(), new ReportRow(row.id(), row.agencyId(), row.year(), row.revisions(),
                            row.currentRevision(), rs.getString(2), rs.getBytes(3), row.status()));
                });
    }

    private static ReportRow read(ResultSet rs) throws SQLException {
        return new ReportRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getString(6),
                rs.getBytes(7), rs.getString(8));
    }

    static ReportRow insert(Connection c, long agencyId, AnnualReport report, ReportStatus status)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, agencyId, report, status);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new ReportRow(keys.getLong(1), agencyId, report.getYear(), 0, 0, null, null, status.name());
            }
        }
    }

    /** Files new reports in one batch; their ids are then read with {@link #findAll}. */
    static void insertAll(Connection c, Map<Key, AnnualReport> reports, ReportStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Map.Entry<Key, AnnualReport> e : reports.entrySet()) {
                bind(ps, e.getKey().agencyId(), e.getValue(), status);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, long agencyId, AnnualReport report, ReportStatus status)
            throws SQLException {
        ps.setLong(1, agencyId);
        ps.setInt(2, report.getYear());
        ps.setString(3, report.getTemplateVersion().getLiteral());
        ps.setString(4, status.name());
    }
}
