package cn.nianbao.store.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

import javax.net.ssl.SSLException;

import org.postgresql.PGStatement;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.ServerAddress;

/**
 * Opens a connection to a PostgreSQL server repository. The JDBC URL and the driver's settings are built here
 * and only here, from the parsed {@link ServerAddress}: host, port, database, user and sslmode, nothing else
 * (and fixed settings of the driver).
 * Writes run in READ COMMITTED after taking the write lock ({@link Chains#lockForWrite}), so each statement
 * after the lock sees every commit before it.
 */
public final class ServerDatabase {

    private static final String CONNECT_TIMEOUT_SECONDS = "10";
    /** The sslmodes that connect without TLS when TLS fails: a TLS error is then not the reason. */
    private static final Set<String> TLS_OPTIONAL = Set.of("disable", "allow", "prefer");

    private ServerDatabase() {
    }

    public static Connection open(ServerAddress address, String password) throws RepositoryException {
        Properties settings = new Properties();
        settings.setProperty("user", address.user());
        if (password != null && !password.isEmpty()) {
            settings.setProperty("password", password);
        }
        settings.setProperty("sslmode", address.sslMode());
        settings.setProperty("ApplicationName", "Nianbao");
        settings.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        // a batch of inserts (a bulk import's revisions) as multi-row INSERTs: fewer round trips and parses
        settings.setProperty("reWriteBatchedInserts", "true");
        String url = "jdbc:postgresql://" + address.host() + ":" + address.port() + "/"
                + URLEncoder.encode(address.database(), StandardCharsets.UTF_8);
        try {
            Connection connection = new org.postgresql.Driver().connect(url, settings);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return connection;
        } catch (SQLException e) {
            throw translate(e, address, password != null && !password.isEmpty());
        }
    }

    /**
     * Has the server plan {@code statement} for each execution's values and the tables as they are then,
     * instead of keeping the generic plan of a server-side prepared statement (pgjdbc prepares one on the
     * fifth use): made while a new repository's tables were empty, that plan stays a sequential scan as a
     * bulk import fills them, and each look-up of a chunk of keys reads the whole table. Nothing on H2.
     */
    static void planEachExecution(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    /**
     * True when the connection failed over TLS: a handshake or certificate refused, or a server without TLS
     * when the address requires it. The driver's message is translated (its own zh text too), so the test is
     * on the cause and on "SSL", which every translation keeps.
     */
    private static boolean tlsFailed(SQLException e, ServerAddress address) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return !TLS_OPTIONAL.contains(address.sslMode()) && e.getMessage() != null && e.getMessage().contains("SSL");
    }

    /** A server's error as the user should read it: cannot reach it, not let in, no such database, or other. */
    public static RepositoryException translate(SQLException e, ServerAddress address) {
        return translate(e, address, true);
    }

    /**
     * As above, knowing whether a password was given: the driver says "no password" with the same state as a
     * refused TLS connection.
     */
    static RepositoryException translate(SQLException e, ServerAddress address, boolean hasPassword) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (state.startsWith("08") && tlsFailed(e, address)) {
            return Messages.exception(Kind.IO, e, "server.tls", address, address.sslMode(), detail);
        }
        if ("08004".equals(state) && !hasPassword) {
            return Messages.exception(Kind.IO, e, "server.noPassword", address, address.user(),
                    ServerAddress.PASSWORD_ENV);
        }
        if (state.startsWith("08")) {
            return Messages.exception(Kind.IO, e, "server.unreachable", address, detail);
        }
        if (state.startsWith("28")) {
            return Messages.exception(Kind.IO, e, "server.login", address, address.user(),
                    ServerAddress.PASSWORD_ENV);
        }
        if ("3D000".equals(state)) {
            return Messages.exception(Kind.IO, e, "server.noDatabase", address, address.database());
        }
        return Messages.exception(Kind.IO, e, "io", address, detail);
    }
}
