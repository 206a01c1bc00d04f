package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;

/** How a user writes a server repository, and what is refused before anything is sent to a server. */
class ServerAddressTest {

    @TempDir
    Path data;

    @Test
    void anAddressNamesHostPortDatabaseUserAndTls() throws Exception {
        ServerAddress full = ServerAddress.parse("postgresql://zhangsan@db.gov.example:6543/nianbao?sslmode=verify-full");
        assertEquals("db.gov.example", full.host());
        assertEquals(6543, full.port());
        assertEquals("nianbao", full.database());
        assertEquals("zhangsan", full.user());
        assertEquals("verify-full", full.sslMode());

        ServerAddress plain = ServerAddress.parse("postgresql://lisi@10.0.0.5/nb");
        assertEquals(5432, plain.port());
        assertEquals("prefer", plain.sslMode(), "TLS when the server offers it");
        assertEquals("postgresql://lisi@10.0.0.5:5432/nb", plain.toString());
        assertTrue(ServerAddress.isServer(" PostgreSQL://x/y"));
        assertFalse(ServerAddress.isServer("/home/zhang/nianbao"));
    }

    @Test
    void aPasswordOrADriverSettingIsRefused() {
        RepositoryException password = assertThrows(RepositoryException.class,
                () -> ServerAddress.parse("postgresql://zhangsan:secret@db/nb"));
        assertTrue(password.messageEn().contains("must not contain a password"), password.messageEn());
        assertTrue(password.messageZh().contains("NIANBAO_DB_PASSWORD"), password.messageZh());
        assertFalse(password.messageEn().contains("secret"));

        for (String bad : new String[] {"postgresql://db/nb?socketFactory=x.Y", "postgresql://db/nb?sslmode=maybe",
                "postgresql://db/", "postgresql://db/a/b", "mysql://db/nb", "postgresql:///nb"}) {
            RepositoryException e = assertThrows(RepositoryException.class, () -> ServerAddress.parse(bad), bad);
            assertTrue(e.messageEn().contains("cannot be used"), e.messageEn());
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidAsSuchInBothLanguages() throws Exception {
        // a loopback port with nothing listening: refused at once, no waiting for a timeout
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ServerAddress nowhere = ServerAddress.parse("postgresql://nianbao@127.0.0.1:" + port + "/nb?sslmode=disable");
        RepositoryException e = assertThrows(RepositoryException.class, () -> ReportRepository.open(data, nowhere, "x"));
        assertTrue(e.messageEn().startsWith("The repository server postgresql://nianbao@127.0.0.1:" + port
                + "/nb?sslmode=disable cannot be reached"), e.messageEn());
        assertTrue(e.messageZh().startsWith("无法连接资料库服务器"), e.messageZh());
    }

    @Test
    void aWrongPasswordAndAMissingDatabaseAreSaidAsSuch() throws Exception {
        String database = Backend.server().createDatabase();
        ServerAddress address = ServerAddress.parse(Backend.server().address(database));
        RepositoryException login = assertThrows(RepositoryException.class,
                () -> ReportRepository.open(data, address, "wrong"));
        assertTrue(login.messageEn().contains("did not let the user nianbao in"), login.messageEn());

        ServerAddress missing = ServerAddress.parse(Backend.server().address("no_such_db"));
        RepositoryException none = assertThrows(RepositoryException.class,
                () -> ReportRepository.open(data, missing, Backend.server().password()));
        assertTrue(none.messageEn().contains("has no database \"no_such_db\""), none.messageEn());
    }
}
