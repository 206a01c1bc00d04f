package cn.nianbao.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes every link and seal again, in one mode: the migration to the v2 records (from the v1 chain,
 * which covered less), and the switch to the keyed mode. Run only on a repository that verified.
 */
public final class Rechain {

    private Rechain() {
    }

    public static void run(Connection c, Chain chain) throws SQLException, IOException {
        String previous = Hashes.GENESIS;
        long lastId = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(Verifier.RECORDS);
                PreparedStatement update = c.prepareStatement(
                        "UPDATE revision SET prev_hash = ?, chain_hash = ?, acceptances = ? WHERE id = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String acceptances = rs.getString(11);
                if (acceptances == null) {
                    acceptances = Acceptances.digest(Content.report(rs.getBytes(12)));
                }
                String link = chain.link(previous, Verifier.record(rs, acceptances));
                update.setString(1, previous);
                update.setString(2, link);
                update.setString(3, acceptances);
                update.setLong(4, id);
                update.executeUpdate();
                previous = link;
                lastId = id;
            }
        }
        List<Long> reports = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM report ORDER BY id")) {
            while (rs.next()) {
                reports.add(rs.getLong(1));
            }
        }
        for (long report : reports) {
            Chains.reseal(c, chain, report);
        }
        Meta.put(c, Meta.CHAIN_HEAD, previous);
        Meta.put(c, Meta.CHAIN_LAST_ID, Long.toString(lastId));
        Meta.put(c, Meta.CHAIN_MODE, chain.mode());
    }

    static long millis(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }
}
