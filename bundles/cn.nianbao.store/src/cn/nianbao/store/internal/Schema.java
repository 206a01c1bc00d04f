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
 * statement is idempotent). A database of a newer version is refused before anything is written to it.
 */
public final class Schema {

    /** A step from one version to the next: statements, then (when not null) code over the data. */
    record Migration(List<String> statements, Step step) {
    }

    interface Step {
        void run(Connection c) throws SQLException, IOException;
    }

    static final List<Migration> MIGRATIONS = List.of(new Migration(SchemaV1.STATEMENTS, null),
            new Migration(SchemaV2.STATEMENTS, SchemaV2::migrate), new Migration(SchemaV3.STATEMENTS, null));

    public static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    /** Brings the database to {@link #CURRENT}; returns the version it had before (0: new). */
    public static int migrate(Connection c, Path base) throws SQLException, RepositoryException {
        int version = version(c);
        if (version > CURRENT) {
            c.rollback();
            throw Messages.exception(Kind.NEWER_VERSION, null, "newerSchema", base + ".mv.db", version, CURRENT);
        }
        for (int v = version; v < CURRENT; v++) {
            Migration migration = MIGRATIONS.get(v);
            try (Statement s = c.createStatement()) {
                for (String sql : migration.statements()) {
                    s.execute(sql);
                }
            }
            if (migration.step() != null) {
                try {
                    migration.step().run(c);
                } catch (IOException e) {
                    c.rollback();
                    throw Messages.exception(Kind.CORRUPT, e, "corrupt", base + ".mv.db", e.getMessage());
                }
            }
            Meta.put(c, Meta.SCHEMA_VERSION, Integer.toString(v + 1));
            c.commit();
        }
        return version;
    }

    public static int version(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, null, "NB_META", null)) {
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
