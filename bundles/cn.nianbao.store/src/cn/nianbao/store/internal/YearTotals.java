package cn.nianbao.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;

/**
 * Changes to the table year_total (cell-wise sums of the current revisions per year), gathered in memory
 * while revisions are written and applied in one pass, in the same transaction.
 */
final class YearTotals {

    record Key(int year, String table, String row, String column) {
    }

    private static final class Delta {
        BigDecimal sum = BigDecimal.ZERO;
        int count;
    }

    private final Map<Key, Delta> deltas = new HashMap<>();

    void add(AnnualReport report) {
        change(report, 1);
    }

    void subtract(AnnualReport report) {
        change(report, -1);
    }

    private void change(AnnualReport report, int sign) {
        for (DataTable table : report.getTables()) {
            for (Cell cell : table.getCells()) {
                if (cell.getValue() != null) {
                    Delta d = deltas.computeIfAbsent(
                            new Key(report.getYear(), table.getTableId(), cell.getRow(), cell.getColumn()),
                            k -> new Delta());
                    d.sum = sign > 0 ? d.sum.add(cell.getValue()) : d.sum.subtract(cell.getValue());
                    d.count += sign;
                }
            }
        }
    }

    /** The gathered sums and counts: over every report added, the year totals as they should be. */
    Map<Key, Object[]> snapshot() {
        Map<Key, Object[]> copy = new HashMap<>();
        deltas.forEach((k, d) -> copy.put(k, new Object[] {d.sum, d.count}));
        return copy;
    }

    /** The year totals as the table holds them. */
    static Map<Key, Object[]> stored(Connection c) throws SQLException {
        Map<Key, Object[]> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT report_year, tbl, row_id, col_id, total, reports"
                + " FROM year_total"); java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(new Key(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        new Object[] {rs.getBigDecimal(5), rs.getInt(6)});
            }
        }
        return stored;
    }

    static boolean same(Map<Key, Object[]> expected, Map<Key, Object[]> stored) {
        return differingYears(expected, stored).isEmpty();
    }

    /** The years whose totals differ between the two. */
    static java.util.SortedSet<Integer> differingYears(Map<Key, Object[]> expected, Map<Key, Object[]> stored) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        java.util.Set<Key> keys = new java.util.HashSet<>(expected.keySet());
        keys.addAll(stored.keySet());
        for (Key key : keys) {
            if (!Verifier.same(expected.get(key), stored.get(key))) {
                years.add(key.year());
            }
        }
        return years;
    }

    /** Applies the gathered changes: one batch of updates, one of inserts for the cells no report had yet. */
    void flush(Connection c) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Delta>> changes = new ArrayList<>(deltas.entrySet());
        try (PreparedStatement update = c.prepareStatement("UPDATE year_total SET total = total + ?,"
                + " reports = reports + ? WHERE report_year = ? AND tbl = ? AND row_id = ? AND col_id = ?")) {
            for (Map.Entry<Key, Delta> e : changes) {
                bind(update, e.getKey(), e.getValue());
                update.addBatch();
            }
            int[] updated = update.executeBatch();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO year_total (total, reports, report_year,"
                    + " tbl, row_id, col_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                boolean any = false;
                for (int i = 0; i < changes.size(); i++) {
                    if (updated[i] == 0) {
                        bind(insert, changes.get(i).getKey(), changes.get(i).getValue());
                        insert.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    insert.executeBatch();
                }
            }
        }
        try (PreparedStatement clean = c.prepareStatement("DELETE FROM year_total WHERE reports <= 0")) {
            clean.executeUpdate();
        }
        deltas.clear();
    }

    private static void bind(PreparedStatement ps, Key key, Delta delta) throws SQLException {
        ps.setBigDecimal(1, delta.sum);
        ps.setInt(2, delta.count);
        ps.setInt(3, key.year());
        ps.setString(4, key.table());
        ps.setString(5, key.row());
        ps.setString(6, key.column());
    }
}
