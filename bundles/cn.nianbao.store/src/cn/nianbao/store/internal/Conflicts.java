package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;

/** The refusal of a save based on a revision that is no longer the current one: who saved what since, and when. */
final class Conflicts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Conflicts() {
    }

    static RepositoryException exception(Connection c, long reportId, AnnualReport report, int basedOn)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT v.rev_number, v.author, v.saved_at FROM report r"
                + " JOIN revision v ON v.id = r.current_revision WHERE r.id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String savedAt = rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(ZoneId.systemDefault())
                        .format(TIME);
                return Messages.exception(Kind.CONFLICT, null, "conflict", report.getAgencyName().strip(),
                        Integer.toString(report.getYear()), rs.getString(2), savedAt, Integer.toString(rs.getInt(1)),
                        Integer.toString(basedOn));
            }
        }
    }
}
