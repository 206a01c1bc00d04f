package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportStatus;

/** A row of the table report as the revision writer needs it: its current revision's hash and content. */
record ReportRow(long id, int revisions, long currentRevision, String currentHash, byte[] currentContent,
        String status) {

    static ReportRow find(Connection c, long agencyId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.revisions, r.current_revision,"
                + " v.content_hash, v.content, r.status FROM report r LEFT JOIN revision v ON v.id = r.current_revision"
                + " WHERE r.agency_id = ? AND r.report_year = ?")) {
            ps.setLong(1, agencyId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ReportRow(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getBytes(5), rs.getString(6)) : null;
            }
        }
    }

    static ReportRow insert(Connection c, long agencyId, AnnualReport report, ReportStatus status)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (agency_id, report_year, template, status)"
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, agencyId);
            ps.setInt(2, report.getYear());
            ps.setString(3, report.getTemplateVersion().getLiteral());
            ps.setString(4, status.name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new ReportRow(keys.getLong(1), 0, 0, null, null, status.name());
            }
        }
    }

    /** Makes the revision current and seals the row (see {@link Chain#seal}). */
    void update(Connection c, Chain chain, long revisionId, int number, Instant saved, AnnualReport report,
            String link) throws SQLException {
        String template = report.getTemplateVersion().getLiteral();
        String seal = chain.seal(id, report.getAgencyName().strip(), report.getYear(), template, status, revisionId,
                number, link);
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET current_revision = ?, revisions = ?,"
                + " last_saved = ?, template = ?, seal = ? WHERE id = ?")) {
            ps.setLong(1, revisionId);
            ps.setInt(2, number);
            ps.setObject(3, OffsetDateTime.ofInstant(saved, ZoneOffset.UTC));
            ps.setString(4, template);
            ps.setString(5, seal);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }
}
