package cn.nianbao.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SortedSet;

/**
 * {@code repo repair}: rebuilds what is derived from the revisions (the year totals) from the current
 * revisions; the revisions, the chain and the seals are never touched. The caller commits.
 */
public final class Repair {

    private Repair() {
    }

    /** Rebuilds the year totals; returns the years whose totals were wrong (empty: nothing was changed). */
    public static SortedSet<Integer> run(Connection c) throws SQLException, IOException {
        YearTotals computed = new YearTotals();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.content FROM report r"
                + " JOIN revision v ON v.id = r.current_revision");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                computed.add(Content.report(rs.getBytes(1)));
            }
        }
        SortedSet<Integer> wrong = YearTotals.differingYears(computed.snapshot(), YearTotals.stored(c));
        if (!wrong.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM year_total")) {
                ps.executeUpdate();
            }
            computed.flush(c);
        }
        return wrong;
    }
}
