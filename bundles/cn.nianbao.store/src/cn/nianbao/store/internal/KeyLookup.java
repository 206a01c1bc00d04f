package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Rows looked up by many keys in a few statements instead of one statement per key: the keys go in IN lists
 * of a fixed length (the last list padded with its last key), so that each SQL text is prepared once and a
 * server sees a handful of round trips for a batch of reports. Each is planned for its keys
 * ({@link ServerDatabase#planEachExecution}).
 */
final class KeyLookup {

    static final int CHUNK = 20;

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private KeyLookup() {
    }

    /** Runs {@code query} (a constant), whose {@code (?)} stands for the IN list, once per chunk of the keys. */
    static void select(Connection c, String query, Collection<?> keys, RowReader reader) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        List<?> all = List.copyOf(keys);
        String sql = query.replace("(?)", "(?" + ", ?".repeat(CHUNK - 1) + ")");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ServerDatabase.planEachExecution(ps);
            for (int from = 0; from < all.size(); from += CHUNK) {
                for (int i = 0; i < CHUNK; i++) {
                    ps.setObject(i + 1, all.get(Math.min(from + i, all.size() - 1)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }
}
