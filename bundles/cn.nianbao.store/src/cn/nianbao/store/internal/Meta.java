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

    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO nb_meta (name, val) KEY (name) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
