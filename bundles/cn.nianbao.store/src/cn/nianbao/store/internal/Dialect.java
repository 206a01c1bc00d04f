package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * What differs between the two back ends, kept to the few things the SQL standard leaves open: two column
 * types of the schema, making a commit durable, serializing migrations and a consistent snapshot for reading
 * everything (verify, backup). Everything else is the same SQL on both.
 */
public enum Dialect {

    /** The embedded file of a data folder: one process at a time (file lock), one connection. */
    H2,
    /** A team's server: many processes at once. */
    POSTGRESQL;

    private static final Pattern VARBINARY = Pattern.compile("\\bVARBINARY\\b");
    private static final Pattern DECFLOAT = Pattern.compile("\\bDECFLOAT\\b");
    /** Any number, the same in every Nianbao: the key of the advisory lock that serializes migrations. */
    private static final long MIGRATION_LOCK = 0x4e69616e62616fL;

    /** A schema statement (written for H2) in this dialect: bytes are BYTEA, exact decimals NUMERIC there. */
    String ddl(String statement) {
        if (this == H2) {
            return statement;
        }
        String bytea = VARBINARY.matcher(statement).replaceAll("BYTEA");
        return DECFLOAT.matcher(bytea).replaceAll("NUMERIC");
    }

    /**
     * After a commit: forces H2's file to the disk itself (not only the system's cache). A PostgreSQL commit
     * is already durable when it returns (the server's write-ahead log, fsync on).
     */
    public void sync(Connection c) throws SQLException {
        if (this == H2) {
            try (PreparedStatement ps = c.prepareStatement("CHECKPOINT SYNC")) {
                ps.execute();
            }
        }
    }

    /**
     * Two Nianbao starting at once on a new server database would both create the tables; the first one
     * migrates, the other waits and finds the work done. (H2's file lock already admits one process.)
     */
    void lockMigrations(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, MIGRATION_LOCK);
                ps.execute();
            }
        }
    }

    /** The back end of a connection of the store. */
    static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRESQL : H2;
    }

    /**
     * Renews the planner's statistics of the tables a bulk import looks up (agencies, reports, revisions), in
     * a transaction of its own: with none, or with those of a far smaller table, PostgreSQL reads a whole table
     * to find a few rows by their key (its autovacuum comes a minute or more later). H2 plans look-ups by key
     * with its indexes anyway.
     */
    void renewImportStatistics(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("ANALYZE agency, report, revision")) {
                ps.execute();
            }
            c.commit();
        }
    }

    /**
     * Starts a transaction that sees one moment of the repository while other clients write (verify and
     * backup read with many statements). Called with no transaction open; {@link #endSnapshot} after it.
     */
    public void beginSnapshot(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            c.rollback();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
        }
    }

    public void endSnapshot(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }
}
