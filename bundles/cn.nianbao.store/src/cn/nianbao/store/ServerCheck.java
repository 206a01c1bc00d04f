package cn.nianbao.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.internal.Messages;
import cn.nianbao.store.internal.Schema;
import cn.nianbao.store.internal.ServerDatabase;

/**
 * What the workbench's 测试连接 found on a server, found without writing anything: a Nianbao repository of
 * this version or an older one (brought up to date when opened), or an empty database (Nianbao makes its
 * tables on first use); and whether the connection is encrypted. A server that cannot be used is a
 * {@link RepositoryException} saying why: unreachable, login refused, no such database, TLS refused, a
 * database of something else, a repository of a newer Nianbao.
 */
public record ServerCheck(ServerAddress address, int schemaVersion, Boolean tls) {

    /** Connects, looks and disconnects; nothing is created or changed on the server. */
    public static ServerCheck run(ServerAddress address, String password) throws RepositoryException {
        try (Connection c = ServerDatabase.open(address, password)) {
            try {
                int version = Schema.version(c);
                if (version > Schema.CURRENT) {
                    throw Messages.exception(Kind.NEWER_VERSION, null, "newerSchema", address, version,
                            Schema.CURRENT);
                }
                if (version == 0 && hasTables(c)) {
                    throw Messages.exception(Kind.BAD_DATA_FOLDER, null, "server.notNianbao", address,
                            address.database());
                }
                return new ServerCheck(address, version, encrypted(c));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw ServerDatabase.translate(e, address);
        }
    }

    /** The result for the user, in Chinese. */
    public String messageZh() {
        return Messages.zh(key(), address, schemaVersion) + Messages.zh(tlsKey());
    }

    /** The result for the user, in English. */
    public String messageEn() {
        return Messages.en(key(), address, schemaVersion) + " " + Messages.en(tlsKey());
    }

    private String key() {
        if (schemaVersion == 0) {
            return "check.empty";
        }
        return schemaVersion < Schema.CURRENT ? "check.older" : "check.current";
    }

    private String tlsKey() {
        if (tls == null) {
            return "check.tlsUnknown";
        }
        return tls ? "check.tls" : "check.noTls";
    }

    private static boolean hasTables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** Whether this connection is encrypted; null when the server does not say (a compatible database may not). */
    private static Boolean encrypted(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getBoolean(1) : null;
        } catch (SQLException e) {
            c.rollback();
            return null;
        }
    }
}
