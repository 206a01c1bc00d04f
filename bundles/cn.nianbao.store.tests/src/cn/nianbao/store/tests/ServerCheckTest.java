package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;
import cn.nianbao.store.ServerCheck;
import cn.nianbao.store.internal.ServerDatabase;
import cn.nianbao.testing.PostgresServer;

/**
 * The workbench's 测试连接 against the private PostgreSQL servers the test starts: what it says of a good
 * server, and why each kind of bad one cannot be used, in both languages; it writes nothing.
 */
class ServerCheckTest {

    @TempDir
    Path data;

    @Test
    void anEmptyDatabaseIsSaidToBeReadyAndIsLeftEmpty() throws Exception {
        PostgresServer server = Backend.server();
        ServerAddress address = ServerAddress.parse(server.address(server.createDatabase()));

        ServerCheck check = ServerCheck.run(address, server.password());

        assertEquals(0, check.schemaVersion());
        assertEquals(Boolean.FALSE, check.tls(), "the shared test server offers no TLS, and sslmode=disable");
        assertTrue(check.messageZh().contains("数据库是空的"), check.messageZh());
        assertTrue(check.messageZh().contains("连接未加密"), check.messageZh());
        assertTrue(check.messageEn().contains("The database is empty"), check.messageEn());
        assertEquals(0, tableCount(address, server.password()), "a check makes no table");
    }

    @Test
    void aRepositoryIsRecognizedWithItsVersion() throws Exception {
        PostgresServer server = Backend.server();
        ServerAddress address = ServerAddress.parse(server.address(server.createDatabase()));
        ReportRepository.open(data, address, server.password()).close();

        ServerCheck check = ServerCheck.run(address, server.password());

        // version 8: the workflow (4), the roster (5), the team members (6) of issue 18, LZ4 content (7), the
        // server's storage settings (8)
        assertEquals(8, check.schemaVersion());
        assertTrue(check.messageEn().contains("holds a Nianbao repository (schema version 8)"), check.messageEn());
    }

    @Test
    void aWrongPasswordAMissingDatabaseAndAForeignOneAreSaidAsSuch() throws Exception {
        PostgresServer server = Backend.server();
        String database = server.createDatabase();
        ServerAddress address = ServerAddress.parse(server.address(database));

        RepositoryException login = assertThrows(RepositoryException.class,
                () -> ServerCheck.run(address, "not-the-password"));
        assertTrue(login.messageZh().contains("拒绝了用户 nianbao 的登录"), login.messageZh());

        RepositoryException noPassword = assertThrows(RepositoryException.class, () -> ServerCheck.run(address, ""));
        assertTrue(noPassword.messageEn().contains("asks for a password"), noPassword.messageEn());

        ServerAddress missing = ServerAddress.parse(server.address("no_such_db"));
        RepositoryException none = assertThrows(RepositoryException.class,
                () -> ServerCheck.run(missing, server.password()));
        assertTrue(none.messageZh().contains("没有数据库“no_such_db”"), none.messageZh());

        try (Connection c = ServerDatabase.open(address, server.password()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE payroll (id INT)");
            c.commit();
        }
        RepositoryException foreign = assertThrows(RepositoryException.class,
                () -> ServerCheck.run(address, server.password()));
        assertTrue(foreign.messageEn().contains("holds tables of something else"), foreign.messageEn());
        assertTrue(foreign.messageZh().contains("不是年报资料库"), foreign.messageZh());
    }

    @Test
    void aRepositoryOfANewerNianbaoIsRefusedUntouched() throws Exception {
        PostgresServer server = Backend.server();
        ServerAddress address = ServerAddress.parse(server.address(server.createDatabase()));
        ReportRepository.open(data, address, server.password()).close();
        try (Connection c = ServerDatabase.open(address, server.password()); Statement s = c.createStatement()) {
            s.execute("UPDATE nb_meta SET val = '99' WHERE name = 'schema_version'");
            c.commit();
        }

        RepositoryException newer = assertThrows(RepositoryException.class,
                () -> ServerCheck.run(address, server.password()));

        assertEquals(RepositoryException.Kind.NEWER_VERSION, newer.kind());
        assertTrue(newer.messageZh().contains("更新版本的年报"), newer.messageZh());
    }

    @Test
    void requiringTlsOfAServerWithoutItIsSaidAsATlsRefusal() throws Exception {
        PostgresServer server = Backend.server();
        ServerAddress address = ServerAddress.parse(server.address(server.createDatabase())
                .replace("sslmode=disable", "sslmode=require"));

        RepositoryException refused = assertThrows(RepositoryException.class,
                () -> ServerCheck.run(address, server.password()));

        assertTrue(refused.messageEn().contains("could not be reached over TLS (sslmode=require)"),
                refused.messageEn());
        assertTrue(refused.messageZh().contains("无法通过 TLS 连接"), refused.messageZh());
    }

    @Test
    void aServerWithTlsIsUsedEncryptedAndItsUnknownCertificateRefusedByVerifyFull() throws Exception {
        Backend.server(); // skipped outside CI where there is no PostgreSQL, as every server test
        try (PostgresServer tls = PostgresServer.withTls()) {
            String database = tls.createDatabase();
            String plain = tls.address(database).replace("?sslmode=disable", "");

            ServerCheck prefer = ServerCheck.run(ServerAddress.parse(plain), tls.password());
            assertEquals(Boolean.TRUE, prefer.tls(), "sslmode=prefer, the default, uses TLS when offered");
            assertTrue(prefer.messageZh().contains("连接已加密"), prefer.messageZh());
            assertEquals(Boolean.TRUE, ServerCheck.run(ServerAddress.parse(plain + "?sslmode=require"),
                    tls.password()).tls());

            RepositoryException unverified = assertThrows(RepositoryException.class,
                    () -> ServerCheck.run(ServerAddress.parse(plain + "?sslmode=verify-full"), tls.password()));
            assertTrue(unverified.messageEn().contains("over TLS (sslmode=verify-full)"), unverified.messageEn());
        }
    }

    private static int tableCount(ServerAddress address, String password) throws Exception {
        try (Connection c = ServerDatabase.open(address, password);
                ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            int n = 0;
            while (tables.next()) {
                n++;
            }
            return n;
        }
    }
}
