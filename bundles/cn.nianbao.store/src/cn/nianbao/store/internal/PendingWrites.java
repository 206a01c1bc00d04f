package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ImportSource;

/**
 * The rows of revisions written but not yet sent, sent as a few JDBC batches in the order the foreign keys
 * need (revisions, their import sources, the reports' current revision and seal, the acceptances) within the
 * writer's transaction: one prepared statement per table and batch instead of several statements per
 * revision. Of a report saved twice in one batch only the last current revision and acceptances are sent,
 * as the statements one after the other would have left them.
 */
final class PendingWrites {

    /** Full at this many revisions, so that a long restore does not hold every content in memory. */
    static final int LIMIT = 500;

    record RevisionRow(long id, long reportId, int number, String author, Instant saved, String contentHash,
            String previous, String link, String acceptances, byte[] packed, ImportSource source) {
    }

    private record CurrentRow(long revisionId, int number, Instant saved, String template, String seal) {
    }

    private record Accepted(long revisionId, List<Acceptances.Row> rows) {
    }

    private final Connection c;
    private final Dialect dialect;
    private final List<RevisionRow> revisions = new ArrayList<>();
    private final Map<Long, CurrentRow> current = new LinkedHashMap<>();
    private final Set<Long> clearedAcceptances = new LinkedHashSet<>();
    private final Map<Long, Accepted> accepted = new LinkedHashMap<>();

    PendingWrites(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    /**
     * A new revision of a report: its row, the report's new current revision and seal, and its acceptances
     * (which replace the report's older ones when {@code hadOld}).
     */
    void add(RevisionRow revision, AnnualReport report, String template, String seal, boolean hadOld) {
        revisions.add(revision);
        current.put(revision.reportId(), new CurrentRow(revision.id(), revision.number(), revision.saved(), template,
                seal));
        if (hadOld) {
            clearedAcceptances.add(revision.reportId());
        }
        accepted.put(revision.reportId(), new Accepted(revision.id(), Acceptances.rowsOf(report)));
    }

    boolean full() {
        return revisions.size() >= LIMIT;
    }

    void send() throws SQLException {
        if (revisions.isEmpty()) {
            return;
        }
        sendRevisions();
        sendCurrent();
        sendAcceptances();
        revisions.clear();
        current.clear();
        clearedAcceptances.clear();
        accepted.clear();
    }

    private void sendRevisions() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (id, report_id, rev_number, author,"
                + " saved_at, content_hash, prev_hash, chain_hash, content, acceptances)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement sources = c.prepareStatement(
                        "INSERT INTO import_source (revision_id, file_name, file_hash) VALUES (?, ?, ?)")) {
            boolean anySource = false;
            for (RevisionRow r : revisions) {
                ps.setLong(1, r.id());
                ps.setLong(2, r.reportId());
                ps.setInt(3, r.number());
                ps.setString(4, r.author());
                ps.setObject(5, OffsetDateTime.ofInstant(r.saved(), ZoneOffset.UTC));
                ps.setString(6, r.contentHash());
                ps.setString(7, r.previous());
                ps.setString(8, r.link());
                ps.setBytes(9, r.packed());
                ps.setString(10, r.acceptances());
                ps.addBatch();
                if (r.source() != null) {
                    sources.setLong(1, r.id());
                    sources.setString(2, r.source().fileName());
                    sources.setString(3, r.source().fileHash());
                    sources.addBatch();
                    anySource = true;
                }
            }
            ps.executeBatch();
            if (anySource) {
                sources.executeBatch();
            }
        }
    }

    private void sendCurrent() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            sendCurrentAtOnce();
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET current_revision = ?, revisions = ?,"
                + " last_saved = ?, template = ?, seal = ? WHERE id = ?")) {
            for (Map.Entry<Long, CurrentRow> e : current.entrySet()) {
                CurrentRow row = e.getValue();
                ps.setLong(1, row.revisionId());
                ps.setInt(2, row.number());
                ps.setObject(3, OffsetDateTime.ofInstant(row.saved(), ZoneOffset.UTC));
                ps.setString(4, row.template());
                ps.setString(5, row.seal());
                ps.setLong(6, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The same on PostgreSQL as one statement over arrays of the values: a batch of single-row UPDATEs costs
     * the server a statement's start and end for each report. The time goes as milliseconds since the epoch,
     * added to the epoch as an interval (exact, where a conversion from floating seconds might not be).
     */
    private void sendCurrentAtOnce() throws SQLException {
        int n = current.size();
        Long[] ids = new Long[n];
        Long[] revisionIds = new Long[n];
        Integer[] numbers = new Integer[n];
        Long[] savedMillis = new Long[n];
        String[] templates = new String[n];
        String[] seals = new String[n];
        int i = 0;
        for (Map.Entry<Long, CurrentRow> e : current.entrySet()) {
            CurrentRow row = e.getValue();
            ids[i] = e.getKey();
            revisionIds[i] = row.revisionId();
            numbers[i] = row.number();
            savedMillis[i] = row.saved().toEpochMilli();
            templates[i] = row.template();
            seals[i] = row.seal();
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE report r SET current_revision = v.revision_id,"
                + " revisions = v.number, last_saved = TIMESTAMPTZ 'epoch' + v.saved_ms * INTERVAL '1 millisecond',"
                + " template = v.template, seal = v.seal FROM UNNEST(?::BIGINT[], ?::BIGINT[], ?::INT[], ?::BIGINT[],"
                + " ?::VARCHAR[], ?::VARCHAR[]) AS v(id, revision_id, number, saved_ms, template, seal)"
                + " WHERE r.id = v.id")) {
            ps.setArray(1, c.createArrayOf("bigint", ids));
            ps.setArray(2, c.createArrayOf("bigint", revisionIds));
            ps.setArray(3, c.createArrayOf("integer", numbers));
            ps.setArray(4, c.createArrayOf("bigint", savedMillis));
            ps.setArray(5, c.createArrayOf("varchar", templates));
            ps.setArray(6, c.createArrayOf("varchar", seals));
            ps.executeUpdate();
        }
    }

    private void sendAcceptances() throws SQLException {
        if (!clearedAcceptances.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM acceptance WHERE report_id = ?")) {
                for (long reportId : clearedAcceptances) {
                    ps.setLong(1, reportId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (accepted.values().stream().allMatch(a -> a.rows().isEmpty())) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO acceptance (report_id, revision_id,"
                + " rule_id, cells, fingerprint, reason, author, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, Accepted> e : accepted.entrySet()) {
                Acceptances.addRows(ps, e.getKey(), e.getValue().revisionId(), e.getValue().rows());
            }
            ps.executeBatch();
        }
    }
}
