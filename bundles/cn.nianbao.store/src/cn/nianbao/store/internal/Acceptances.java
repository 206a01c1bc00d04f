package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import cn.nianbao.model.report.Acceptance;
import cn.nianbao.model.report.AnnualReport;

/** The reviewers' acceptances of the current revision, kept queryable across reports. */
final class Acceptances {

    private Acceptances() {
    }

    static void replace(Connection c, long reportId, long revisionId, AnnualReport report, boolean hadOld)
            throws SQLException {
        if (hadOld) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM acceptance WHERE report_id = ?")) {
                ps.setLong(1, reportId);
                ps.executeUpdate();
            }
        }
        if (report.getAcceptances().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO acceptance (report_id, revision_id, rule_id,"
                + " cells, fingerprint, reason, author, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Acceptance a : report.getAcceptances()) {
                ps.setLong(1, reportId);
                ps.setLong(2, revisionId);
                ps.setString(3, a.getRuleId() == null ? "" : a.getRuleId());
                ps.setString(4, a.getCells());
                ps.setString(5, a.getFingerprint());
                ps.setString(6, a.getReason() == null ? "" : a.getReason());
                ps.setString(7, a.getAuthor());
                ps.setObject(8, a.getDate() == null ? null
                        : OffsetDateTime.ofInstant(a.getDate().toInstant(), ZoneOffset.UTC));
                ps.executeUpdate();
            }
        }
    }
}
