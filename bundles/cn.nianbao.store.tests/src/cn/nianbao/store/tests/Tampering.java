package cn.nianbao.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** What someone with the repository file and an H2 console (or a server login and psql) does: plain SQL. */
final class Tampering {

    private Tampering() {
    }

    static void sql(Backend backend, Path data, String... statements) throws Exception {
        try (Connection c = backend.connect(data); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            c.commit();
        }
    }

    /** Every row of every table, as text: what verify must leave as it was (H2 rewrites file pages on close). */
    static String dump(Backend backend, Path data) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = backend.connect(data); Statement s = c.createStatement()) {
            for (String table : java.util.List.of("nb_meta", "agency", "report", "revision", "import_source",
                    "acceptance", "year_total")) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            all.append(value instanceof byte[] b ? java.util.Arrays.toString(b) : value).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    static String text(Backend backend, Path data, String query) throws Exception {
        try (Connection c = backend.connect(data); PreparedStatement ps = c.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
