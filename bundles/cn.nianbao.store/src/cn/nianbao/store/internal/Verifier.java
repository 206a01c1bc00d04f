package cn.nianbao.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.nianbao.store.Problem;
import cn.nianbao.store.VerifyResult;

/**
 * Reads every revision in chain order and checks its content hash and its link to the one before; checks
 * each report's revision numbers and current revision, the recorded chain head, and the year totals
 * (rebuilt from the current revisions when they differ). Reading everything is also the database check:
 * a damaged page fails the read.
 */
public final class Verifier {

    private final Connection c;
    private final List<Problem> problems = new ArrayList<>();
    private final YearTotals computed = new YearTotals();

    public Verifier(Connection c) {
        this.c = c;
    }

    public VerifyResult run() throws SQLException {
        Set<Long> current = currentRevisions();
        int revisions = checkChain(current);
        int reports = checkReports();
        checkTotals();
        return new VerifyResult(reports, revisions, List.copyOf(problems));
    }

    private Set<Long> currentRevisions() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_revision FROM report WHERE current_revision IS NOT NULL")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private int checkChain(Set<Long> current) throws SQLException {
        String previous = Hashes.GENESIS;
        long lastId = 0;
        int count = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, report_id, rev_number, author, saved_at, content_hash,"
                        + " prev_hash, chain_hash, content FROM revision ORDER BY id")) {
            while (rs.next()) {
                count++;
                long id = rs.getLong(1);
                String contentHash = rs.getString(6);
                checkContent(id, contentHash, rs.getBytes(9), current.contains(id));
                long millis = rs.getObject(5, OffsetDateTime.class).toInstant().toEpochMilli();
                String link = Hashes.link(previous, id, rs.getLong(2), rs.getInt(3), rs.getString(4), millis,
                        contentHash);
                if (!previous.equals(rs.getString(7)) || !link.equals(rs.getString(8))) {
                    problems.add(Messages.problem("verify.chain", id));
                }
                previous = rs.getString(8);
                lastId = id;
            }
        }
        String head = Objects.requireNonNullElse(Meta.get(c, Meta.CHAIN_HEAD), Hashes.GENESIS);
        String recordedId = Objects.requireNonNullElse(Meta.get(c, Meta.CHAIN_LAST_ID), "0");
        if (!head.equals(previous) || !recordedId.equals(Long.toString(lastId))) {
            problems.add(Messages.problem("verify.head", lastId, recordedId));
        }
        return count;
    }

    private void checkContent(long id, String hash, byte[] packed, boolean isCurrent) {
        try {
            byte[] plain = Content.unpack(packed);
            if (!Hashes.sha256(plain).equals(hash)) {
                problems.add(Messages.problem("verify.content", id));
            } else if (isCurrent) {
                computed.add(cn.nianbao.model.NativeFormat.fromBytes(plain));
            }
        } catch (IOException e) {
            problems.add(Messages.problem("verify.unreadable", id, e.getMessage()));
        }
    }

    private int checkReports() throws SQLException {
        int count = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT r.id, r.revisions, r.current_revision, COUNT(v.id),"
                        + " MIN(v.rev_number), MAX(v.rev_number), MAX(v.id) FROM report r"
                        + " LEFT JOIN revision v ON v.report_id = r.id GROUP BY r.id, r.revisions, r.current_revision")) {
            while (rs.next()) {
                count++;
                long id = rs.getLong(1);
                int n = rs.getInt(4);
                if (n != rs.getInt(2) || (n > 0 && (rs.getInt(5) != 1 || rs.getInt(6) != n))) {
                    problems.add(Messages.problem("verify.numbers", id));
                }
                if (rs.getLong(3) != rs.getLong(7)) {
                    problems.add(Messages.problem("verify.current", id, rs.getLong(3), rs.getLong(7)));
                }
            }
        }
        return count;
    }

    private void checkTotals() throws SQLException {
        Map<YearTotals.Key, Object[]> expected = computed.snapshot();
        Map<YearTotals.Key, Object[]> stored = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT report_year, tbl, row_id, col_id, total, reports FROM year_total")) {
            while (rs.next()) {
                stored.put(new YearTotals.Key(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        new Object[] {rs.getBigDecimal(5), rs.getInt(6)});
            }
        }
        Set<Integer> wrongYears = new java.util.TreeSet<>();
        int wrongCells = 0;
        Set<YearTotals.Key> keys = new HashSet<>(expected.keySet());
        keys.addAll(stored.keySet());
        for (YearTotals.Key key : keys) {
            if (!same(expected.get(key), stored.get(key))) {
                wrongYears.add(key.year());
                wrongCells++;
            }
        }
        if (!wrongYears.isEmpty()) {
            problems.add(Messages.problem("verify.rollup", wrongYears, wrongCells));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM year_total")) {
                ps.executeUpdate();
            }
            computed.flush(c);
            c.commit();
        }
    }

    private static boolean same(Object[] a, Object[] b) {
        if (a == null || b == null) {
            return a == b || (a == null && ((Integer) b[1]) == 0) || (b == null && ((Integer) a[1]) == 0);
        }
        return ((BigDecimal) a[0]).compareTo((BigDecimal) b[0]) == 0 && a[1].equals(b[1]);
    }
}
