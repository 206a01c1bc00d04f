package cn.nianbao.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;

/** The chain of a data folder (keyed when its key file is there) and the report seals written with it. */
public final class Chains {

    private Chains() {
    }

    /** Keyed when the data folder has a key, whatever the database says: a mode is never taken from the file. */
    public static Chain of(Path dataDir) throws RepositoryException {
        try {
            return KeyFile.read(dataDir).map(Chain::keyed).orElseGet(Chain::plain);
        } catch (IOException e) {
            throw Messages.exception(Kind.IO, e, "key.unreadable", KeyFile.of(dataDir), e.getMessage());
        }
    }

    /**
     * Starts a write: every writer (of revisions, statuses, seals, totals) takes this row lock on the schema
     * version first, so on a server the appends to the hash chain, the chain head and the seals are made one
     * transaction after the other, and each sees the commits before it. The lock ends with the transaction.
     */
    public static void lockForWrite(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT val FROM nb_meta WHERE name = ? FOR UPDATE")) {
            ps.setString(1, Meta.SCHEMA_VERSION);
            ps.execute(); // the rows are locked until the transaction ends
        }
    }

    /** The mode the repository was sealed in (null: nothing sealed yet). */
    public static String recordedMode(Connection c) throws SQLException {
        return Meta.get(c, Meta.CHAIN_MODE);
    }

    /** Refuses to append with another mode (or key) than the chain's: the links would not verify. */
    public static void checkWritable(Connection c, Chain chain) throws SQLException, RepositoryException {
        String recorded = recordedMode(c);
        if (recorded != null && !recorded.equals(chain.mode()) && hasLinks(c)) {
            throw Messages.exception(Kind.IO, null, recorded.startsWith(Chain.KEYED) ? "key.missing" : "key.unexpected",
                    recorded, chain.mode());
        }
    }

    /** The recorded head of the chain. */
    public static cn.nianbao.store.ChainHead head(Connection c) throws SQLException {
        String head = Meta.get(c, Meta.CHAIN_HEAD);
        String last = Meta.get(c, Meta.CHAIN_LAST_ID);
        return new cn.nianbao.store.ChainHead(head == null ? Hashes.GENESIS : head,
                last == null ? 0 : Long.parseLong(last), String.valueOf(recordedMode(c)));
    }

    /** True when revisions were chained (in whatever mode). */
    static boolean hasLinks(Connection c) throws SQLException {
        String last = Meta.get(c, Meta.CHAIN_LAST_ID);
        return last != null && !"0".equals(last);
    }

    /** Writes the seal of one report from its row as it is now (after a status change). */
    public static void reseal(Connection c, Chain chain, long reportId) throws SQLException {
        String seal = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, a.name, r.report_year, r.template, r.status,"
                + " r.current_revision, r.revisions, v.chain_hash FROM report r JOIN agency a ON a.id = r.agency_id"
                + " LEFT JOIN revision v ON v.id = r.current_revision WHERE r.id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    seal = sealOf(chain, rs);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET seal = ? WHERE id = ?")) {
            ps.setString(1, seal);
            ps.setLong(2, reportId);
            ps.executeUpdate();
        }
    }

    /** The seal of the row read by a query selecting id, name, year, template, status, current, revisions, link. */
    static String sealOf(Chain chain, ResultSet rs) throws SQLException {
        return chain.seal(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getInt(7), rs.getString(8));
    }
}
