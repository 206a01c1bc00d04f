package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Name/value rows of nb_meta: the schema version, the head of the revision hash chain and its mode. */
final class Meta {

    static final String SCHEMA_VERSION = "schema_version";
    static final String CHAIN_HEAD = "chain_head";
    static final String CHAIN_LAST_ID = "chain_last_id";
    static final String CHAIN_MODE = "chain_mode";

    private Meta() {
    }

    static String get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT val FROM nb_meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Sets a value; standard SQL on both back ends (no MERGE or upsert), safe under the write lock. */
    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE nb_meta SET val = ? WHERE name = ?")) {
            update.setString(1, value);
            update.setString(2, name);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO nb_meta (name, val) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}
