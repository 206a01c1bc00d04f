package cn.nianbao.store.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;
import cn.nianbao.store.internal.Database;
import cn.nianbao.store.internal.ServerDatabase;
import cn.nianbao.testing.PostgresServer;

/**
 * The two back ends the repository tests run on: the data folder's H2 file, and a database of its own per
 * test data folder on the private PostgreSQL server the tests start ({@link PostgresServer#shared()}). In CI
 * (the environment variable CI is "true") a server that cannot be started fails the PostgreSQL tests;
 * elsewhere they are skipped with the reason.
 */
enum Backend {
    H2, POSTGRESQL;

    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    /** Opens the repository of a test's data folder (the same one again on every call). */
    ReportRepository open(Path data) throws RepositoryException {
        if (this == H2) {
            return ReportRepository.open(data);
        }
        return ReportRepository.open(data, address(data), server().password());
    }

    /** A plain connection to the repository, as someone with a database console has. */
    Connection connect(Path data) throws RepositoryException {
        if (this == H2) {
            return Database.open(data);
        }
        return ServerDatabase.open(address(data), server().password());
    }

    /** Throws the repository away: the next {@link #open} starts an empty one. */
    void discard(Path data) throws IOException {
        if (this == H2) {
            Files.delete(data.resolve(Database.FILE_NAME));
        } else {
            DATABASES.remove(data.toAbsolutePath());
        }
    }

    ServerAddress address(Path data) throws RepositoryException {
        PostgresServer server = server();
        String database = DATABASES.computeIfAbsent(data.toAbsolutePath(), d -> {
            try {
                return server.createDatabase();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return ServerAddress.parse(server.address(database));
    }

    static PostgresServer server() {
        return PostgresServer.forTest();
    }
}
