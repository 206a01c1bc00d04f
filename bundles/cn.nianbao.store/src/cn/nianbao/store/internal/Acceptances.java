package cn.nianbao.store.internal;

import java.sql.Connection;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.report.Acceptance;
import cn.nianbao.model.report.AnnualReport;

/**
 * The reviewers' acceptances of the current revision, kept queryable across reports. Their digest (of the
 * rows as written) is in the revision's chain record, so a row forged or changed in the table shows.
 */
final class Acceptances {

    private Acceptances() {
    }

    /** The digest of the acceptances of a report as {@link #replace} writes them. */
    static String digest(AnnualReport report) {
        StringBuilder text = new StringBuilder();
        for (Acceptance a : report.getAcceptances()) {
            append(text, a.getRuleId() == null ? "" : a.getRuleId(), a.getCells(), a.getFingerprint(),
                    a.getReason() == null ? "" : a.getReason(), a.getAuthor(),
                    a.getDate() == null ? null : a.getDate().toInstant().toEpochMilli());
        }
        return Hashes.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The digest of the rows the table holds per revision, in the order they were written, in one pass;
     * a revision without rows is not in the map (its digest is {@link #EMPTY}).
     */
    static java.util.Map<Long, String> digests(Connection c) throws SQLException {
        java.util.Map<Long, StringBuilder> texts = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT revision_id, rule_id, cells, fingerprint, reason,"
                + " author, accepted_at FROM acceptance ORDER BY revision_id, id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime at = rs.getObject(7, OffsetDateTime.class);
                append(texts.computeIfAbsent(rs.getLong(1), k -> new StringBuilder()), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        at == null ? null : at.toInstant().toEpochMilli());
            }
        }
        java.util.Map<Long, String> digests = new java.util.HashMap<>();
        texts.forEach((id, text) -> digests.put(id, Hashes.sha256(text.toString().getBytes(StandardCharsets.UTF_8))));
        return digests;
    }

    /** The digest of no acceptances. */
    static final String EMPTY = Hashes.sha256(new byte[0]);

    /** Report ids with acceptance rows that belong to no current revision of theirs (forged or left over). */
    static java.util.List<Long> strayRows(Connection c) throws SQLException {
        java.util.List<Long> reports = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT a.report_id FROM acceptance a"
                + " LEFT JOIN report r ON r.id = a.report_id"
                + " WHERE r.id IS NULL OR r.current_revision IS NULL OR r.current_revision <> a.revision_id"
                + " ORDER BY a.report_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reports.add(rs.getLong(1));
            }
        }
        return reports;
    }

    private static void append(StringBuilder text, Object... fields) {
        for (Object field : fields) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append('\n');
        }
        text.append('\n');
    }

    /** An acceptance as its row holds it: plain values, so that a pending row keeps no report in memory. */
    record Row(String ruleId, String cells, String fingerprint, String reason, String author, OffsetDateTime at) {
    }

    static List<Row> rowsOf(AnnualReport report) {
        List<Row> rows = new ArrayList<>();
        for (Acceptance a : report.getAcceptances()) {
            rows.add(new Row(a.getRuleId() == null ? "" : a.getRuleId(), a.getCells(), a.getFingerprint(),
                    a.getReason() == null ? "" : a.getReason(), a.getAuthor(), a.getDate() == null ? null
                            : OffsetDateTime.ofInstant(a.getDate().toInstant(), ZoneOffset.UTC)));
        }
        return rows;
    }

    /** Adds a revision's acceptance rows to a batch of inserts into acceptance (columns as listed there). */
    static void addRows(PreparedStatement ps, long reportId, long revisionId, List<Row> rows) throws SQLException {
        for (Row row : rows) {
            ps.setLong(1, reportId);
            ps.setLong(2, revisionId);
            ps.setString(3, row.ruleId());
            ps.setString(4, row.cells());
            ps.setString(5, row.fingerprint());
            ps.setString(6, row.reason());
            ps.setString(7, row.author());
            ps.setObject(8, row.at());
            ps.addBatch();
        }
    }
}
