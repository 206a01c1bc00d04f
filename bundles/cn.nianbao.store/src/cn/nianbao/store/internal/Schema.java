package cn.nianbao.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;

/**
 * The schema and its versions. {@link #MIGRATIONS} index i holds the statements from version i to i+1; they
 * run at start-up, in order, and the version is written last, so a migration cut short runs again (every
 * statement is idempotent). The same statements make both back ends ({@link Dialect#ddl} names two column
 * types); on PostgreSQL the whole migration is one transaction, under a lock against a second Nianbao
 * starting at the same moment. A database of a newer version is refused before anything is written to it.
 */
public final class Schema {

    /** A step from one version to the next: statements, then (when not null) code over the data. */
    record Migration(List<String> statements, Step step) {
    }

    interface Step {
        void run(Connection c) throws SQLException, IOException;
    }

    static final List<Migration> MIGRATIONS = List.of(new Migration(SchemaV1.STATEMENTS, null),
            new Migration(SchemaV2.STATEMENTS, SchemaV2::migrate), new Migration(SchemaV3.STATEMENTS, null),
            new Migration(SchemaWorkflow.STATEMENTS, null),
            new Migration(SchemaRoster.STATEMENTS, null),
            new Migration(SchemaMember.STATEMENTS, null),
            new Migration(SchemaContentLz4.STATEMENTS, null),
            new Migration(SchemaServerStorage.STATEMENTS, SchemaServerStorage::migrate));

    public static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    /** Brings the H2 file {@code base}.mv.db to {@link #CURRENT}; returns the version it had before (0: new). */
    public static int migrate(Connection c, Path base) throws SQLException, RepositoryException {
        return migrate(c, Dialect.H2, base + ".mv.db");
    }

    /**
     * Brings the database to {@link #CURRENT} with the same migrations on either back end; {@code where} names it
     * in messages. Returns the version it had before (0: new).
     */
    public static int migrate(Connection c, Dialect dialect, String where) throws SQLException, RepositoryException {
        dialect.lockMigrations(c);
        int version = version(c);
        if (version > CURRENT) {
            c.rollback();
            throw Messages.exception(Kind.NEWER_VERSION, null, "newerSchema", where, version, CURRENT);
        }
        for (int v = version; v < CURRENT; v++) {
            Migration migration = MIGRATIONS.get(v);
            try (Statement s = c.createStatement()) {
                for (String statement : migration.statements()) {
                    String sql = dialect.ddl(statement);
                    s.execute(sql);
                }
            }
            if (migration.step() != null) {
                try {
                    migration.step().run(c);
                } catch (IOException e) {
                    c.rollback();
                    throw Messages.exception(Kind.CORRUPT, e, "corrupt", where, e.getMessage());
                }
            }
            Meta.put(c, Meta.SCHEMA_VERSION, Integer.toString(v + 1));
            if (dialect == Dialect.H2) {
                c.commit(); // H2 commits each DDL statement anyway; PostgreSQL migrates in one transaction
            }
        }
        c.commit();
        return version;
    }

    public static int version(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case
        String table = meta.storesLowerCaseIdentifiers() ? "nb_meta" : "NB_META";
        try (ResultSet tables = meta.getTables(null, c.getSchema(), table, null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT val FROM nb_meta WHERE name = ?")) {
            ps.setString(1, Meta.SCHEMA_VERSION);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
            }
        }
    }
}
