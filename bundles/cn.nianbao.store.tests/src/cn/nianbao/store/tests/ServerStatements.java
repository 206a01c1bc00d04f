package cn.nianbao.store.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.testing.PostgresServer;

/**
 * For {@link RepositoryBenchmark} with {@code -Dnianbao.benchmark.statements=true} on PostgreSQL: which
 * statements the server spent its time on (pg_stat_statements), to stdout and target/statements.txt.
 */
final class ServerStatements {

    private ServerStatements() {
    }

    private static boolean wanted(Backend backend) {
        return backend == Backend.POSTGRESQL && Boolean.getBoolean(PostgresServer.STATEMENTS_PROPERTY);
    }

    static void reset(Backend backend, Path data) throws RepositoryException, SQLException {
        if (!wanted(backend)) {
            return;
        }
        try (Connection c = backend.connect(data); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            st.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The 25 costliest: calls, rows, execution and planning ms, blocks touched, WAL bytes, the statement. */
    static void print(Backend backend, Path data) throws RepositoryException, SQLException, IOException {
        if (!wanted(backend)) {
            return;
        }
        StringBuilder out = new StringBuilder("calls rows exec_ms plan_ms blocks wal_bytes statement\n");
        try (Connection c = backend.connect(data); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT calls, rows, round(total_exec_time::numeric, 1),"
                        + " round(total_plan_time::numeric, 1), shared_blks_hit + shared_blks_read + shared_blks_dirtied,"
                        + " wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements"
                        + " ORDER BY total_exec_time + total_plan_time DESC LIMIT 25")) {
            while (rs.next()) {
                for (int i = 1; i <= 7; i++) {
                    out.append(rs.getString(i)).append(i < 7 ? " " : "\n");
                }
            }
        }
        System.out.println(out);
        Files.writeString(Output.file("statements.txt"), out);
    }
}
