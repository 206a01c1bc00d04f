package cn.nianbao.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema version 2: the chain record covers agency, year, import source and acceptances (their digest in
 * revision.acceptances), and each report row has a seal over its status and current revision. The v1 chain
 * is checked before every link is computed again, so a history changed before the migration is not
 * laundered by it: the first broken v1 link is kept in nb_meta and reported by every verify.
 */
final class SchemaV2 {

    static final List<String> STATEMENTS = List.of(
            "ALTER TABLE revision ADD COLUMN IF NOT EXISTS acceptances CHAR(64)",
            "ALTER TABLE report ADD COLUMN IF NOT EXISTS seal CHAR(64)");

    static final String V1_BROKEN = "v1_chain_broken_at";

    private SchemaV2() {
    }

    static void migrate(Connection c) throws SQLException, IOException {
        long broken = firstBrokenV1Link(c);
        if (broken > 0 && Meta.get(c, V1_BROKEN) == null) {
            Meta.put(c, V1_BROKEN, Long.toString(broken));
        }
        Rechain.run(c, Chain.plain());
    }

    private static long firstBrokenV1Link(Connection c) throws SQLException {
        if (Meta.get(c, Meta.CHAIN_MODE) != null) {
            return 0; // a migration cut short after the links were already computed again
        }
        String previous = Hashes.GENESIS;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, report_id, rev_number, author, saved_at, content_hash,"
                        + " prev_hash, chain_hash FROM revision ORDER BY id")) {
            while (rs.next()) {
                String link = Hashes.link(previous, rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        Rechain.millis(rs, 5), rs.getString(6));
                if (!previous.equals(rs.getString(7)) || !link.equals(rs.getString(8))) {
                    return rs.getLong(1);
                }
                previous = rs.getString(8);
            }
        }
        return 0;
    }
}
