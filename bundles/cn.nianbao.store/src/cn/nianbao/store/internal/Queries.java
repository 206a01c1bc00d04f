package cn.nianbao.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.Revision;
import cn.nianbao.store.Rollup;

/** The read side: reports, histories and year roll-ups. Filters are bound parameters, never text in SQL. */
public final class Queries {

    private static final String REPORTS = "SELECT r.id, a.name, a.agency_level, a.region_code, r.report_year,"
            + " r.template, r.status, r.revisions, r.current_revision, r.last_saved FROM report r"
            + " JOIN agency a ON a.id = r.agency_id";
    private static final String REVISION_COLUMNS = "SELECT v.id, v.report_id, v.rev_number, v.author, v.saved_at,"
            + " v.content_hash, v.chain_hash, s.file_name";
    private static final String SOURCE = " LEFT JOIN import_source s ON s.revision_id = v.id";
    private static final String REVISIONS = REVISION_COLUMNS + " FROM revision v" + SOURCE;
    /*
     * From the agency to its revisions, the outer join last: H2 keeps the written order around an outer join, and
     * written from the revisions it read every revision of the repository (2.8 s at 100,000) for an agency's few.
     */
    private static final String AGENCY_HISTORY = REVISION_COLUMNS + " FROM agency a"
            + " JOIN report r ON r.agency_id = a.id JOIN revision v ON v.report_id = r.id" + SOURCE
            + " WHERE a.name = ? ORDER BY r.report_year, v.rev_number";

    private Queries() {
    }

    /** Reports of an agency and/or a year (null: any), by agency name and year. */
    public static List<ReportSummary> reports(Connection c, String agency, Integer year) throws SQLException {
        String where = agency == null && year == null ? ""
                : agency == null ? " WHERE r.report_year = ?"
                        : year == null ? " WHERE a.name = ?" : " WHERE a.name = ? AND r.report_year = ?";
        try (PreparedStatement ps = c.prepareStatement(REPORTS + where + " ORDER BY a.name, r.report_year")) {
            int i = 1;
            if (agency != null) {
                ps.setString(i++, agency.strip());
            }
            if (year != null) {
                ps.setInt(i, year);
            }
            List<ReportSummary> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(summary(rs));
                }
            }
            return list;
        }
    }

    /** True when a revision of the agency's report of the year has an import source of that name. */
    public static boolean hasSource(Connection c, String agency, int year, String fileName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM import_source s JOIN revision v ON v.id ="
                + " s.revision_id JOIN report r ON r.id = v.report_id JOIN agency a ON a.id = r.agency_id"
                + " WHERE a.name = ? AND r.report_year = ? AND s.file_name = ?")) {
            ps.setString(1, agency == null ? "" : agency.strip());
            ps.setInt(2, year);
            ps.setString(3, fileName);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static ReportSummary report(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(REPORTS + " WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? summary(rs) : null;
            }
        }
    }

    public static List<Revision> history(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(REVISIONS + " WHERE v.report_id = ? ORDER BY v.rev_number")) {
            ps.setLong(1, reportId);
            return revisions(ps);
        }
    }

    /** Every revision of every report of one agency, by year and revision number. */
    public static List<Revision> agencyHistory(Connection c, String agency) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AGENCY_HISTORY)) {
            ps.setString(1, agency.strip());
            return revisions(ps);
        }
    }

    public static byte[] content(Connection c, long revisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM revision WHERE id = ?")) {
            ps.setLong(1, revisionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    public static Rollup rollup(Connection c, int year) throws SQLException {
        Map<CellAddress, BigDecimal> sums = new LinkedHashMap<>();
        Map<CellAddress, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tbl, row_id, col_id, total, reports FROM year_total"
                + " WHERE report_year = ? ORDER BY tbl, row_id, col_id")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CellAddress address = new CellAddress(rs.getString(1), rs.getString(2), rs.getString(3));
                    sums.put(address, rs.getBigDecimal(4).stripTrailingZeros());
                    counts.put(address, rs.getInt(5));
                }
            }
        }
        int reports;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM report WHERE report_year = ?")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                reports = rs.getInt(1);
            }
        }
        return new Rollup(year, reports, sums, counts);
    }

    private static List<Revision> revisions(PreparedStatement ps) throws SQLException {
        List<Revision> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Revision(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                        rs.getString(8)));
            }
        }
        return list;
    }

    private static ReportSummary summary(ResultSet rs) throws SQLException {
        OffsetDateTime saved = rs.getObject(10, OffsetDateTime.class);
        return new ReportSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), ReportStatus.stored(rs.getString(7)), rs.getInt(8), rs.getLong(9),
                saved == null ? null : saved.toInstant());
    }
}
