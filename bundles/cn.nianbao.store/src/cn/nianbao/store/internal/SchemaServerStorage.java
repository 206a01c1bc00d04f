package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema 8: how a PostgreSQL server keeps two tables on its pages; the rows stay the same, and H2 has nothing
 * of the kind. The revisions' content is already compressed (LZ4), so the server stores it out of line as it
 * is ({@code EXTERNAL}) instead of running its own compressor over every content and throwing the result away.
 * The report rows keep half of each page free ({@code fillfactor}), so that setting a report's current revision
 * (once for every revision written) replaces the row in its page without a new entry in each of its indexes.
 * Both settings act on what is written from then on.
 */
final class SchemaServerStorage {

    static final List<String> STATEMENTS = List.of();

    private SchemaServerStorage() {
    }

    static void migrate(Connection c) throws SQLException {
        if (Dialect.of(c) != Dialect.POSTGRESQL) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE revision ALTER COLUMN content SET STORAGE EXTERNAL");
            s.execute("ALTER TABLE report SET (fillfactor = 50)");
        }
    }
}
