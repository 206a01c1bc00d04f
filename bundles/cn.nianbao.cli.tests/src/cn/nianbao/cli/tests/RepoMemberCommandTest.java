package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.testing.PostgresServer;
import cn.nianbao.testing.TestData;

/**
 * {@code nianbao repo member}: a 公开办 gives its people roles on the team's PostgreSQL repository, each
 * person logged in as their own database login; an officer is then refused 同意发布 with one line naming the
 * step and the role. The passwords come from a PostgreSQL password file, as a person keeps them outside the
 * command line (the driver reads it when NIANBAO_DB_PASSWORD is not set).
 */
class RepoMemberCommandTest {

    private static final String PASSFILE_PROPERTY = "org.postgresql.pgpassfile";
    private static final String OFFICER_PASSWORD = "officer-pw-1";

    @TempDir
    Path dir;

    @AfterEach
    void forgetPasswords() {
        System.clearProperty(PASSFILE_PROPERTY);
    }

    @Test
    void theSinglePcRepositoryHasNoMembersAndRefusesToGiveRoles() {
        String data = dir.resolve("data").toString();
        CommandRun list = CommandRun.of("repo", "member", "list", "--data", data);
        assertEquals(0, list.exitCode(), list.err());
        assertEquals("No members: every step the workflow allows is open to everyone who can log in.\n", list.out());

        CommandRun add = CommandRun.inLanguage("zh", "repo", "member", "add", "zhangsan", "reviewer", "--data", data);
        assertEquals(2, add.exitCode());
        assertTrue(add.err().startsWith("nianbao: 角色只用于 PostgreSQL 服务器上的团队资料库"), add.err());
    }

    @Test
    void anOfficerIsRefusedApprovalOnceTheRepositoryHasMembers() throws Exception {
        PostgresServer server = server();
        String database = server.createDatabase();
        String officer = "officer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Path passwords = dir.resolve("pgpass");
        Files.writeString(passwords, String.join("\n", List.of(
                server.host() + ":" + server.port() + ":" + database + ":" + server.user() + ":" + server.password(),
                server.host() + ":" + server.port() + ":" + database + ":" + officer + ":" + OFFICER_PASSWORD)) + "\n");
        System.setProperty(PASSFILE_PROPERTY, passwords.toString());
        String admin = server.address(database);
        String clerk = "postgresql://" + officer + "@" + server.host() + ":" + server.port() + "/" + database
                + "?sslmode=disable";
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(TestData.seed(), inbox.resolve(TestData.seed().getFileName()));
        String data = dir.resolve("data").toString();

        CommandRun imported = CommandRun.of("repo", "import", inbox.toString(), "--repository", admin, "--data", data);
        assertEquals(0, imported.exitCode(), imported.err() + imported.out());
        server.createLogin(officer, OFFICER_PASSWORD, database);
        CommandRun reviewer = CommandRun.of("repo", "member", "add", server.user(), "reviewer", "公开办",
                "--repository", admin, "--data", data);
        assertEquals("nianbao now has the role reviewer in this repository.\n", reviewer.out(), reviewer.err());
        CommandRun clerkAdded = CommandRun.inLanguage("zh", "repo", "member", "add", officer, "经办人", "科技局",
                "--repository", admin, "--data", data);
        assertEquals("“" + officer + "”现在是本资料库的经办人。\n", clerkAdded.out(), clerkAdded.err());
        CommandRun list = CommandRun.of("repo", "member", "list", "--repository", clerk, "--data", data);
        assertEquals("nianbao\treviewer\t公开办\n" + officer + "\tofficer\t科技局\n", list.out(), list.err());

        CommandRun draft = CommandRun.of("repo", "status", "1", "DRAFT", "--repository", clerk, "--data", data);
        assertEquals(0, draft.exitCode(), draft.err());
        CommandRun submitted = CommandRun.of("repo", "status", "1", "SUBMITTED", "--repository", clerk, "--data", data);
        assertEquals(0, submitted.exitCode(), submitted.err());
        CommandRun approved = CommandRun.of("repo", "status", "1", "APPROVED", "--repository", clerk, "--data", data);
        assertEquals(2, approved.exitCode());
        assertEquals("nianbao: Only a reviewer may set 宝鸡市科学技术局 2024 to approved: the database login " + officer
                + " has the role officer in this repository (nianbao repo member list).\n", approved.err());
        CommandRun promoted = CommandRun.of("repo", "member", "add", officer, "reviewer", "--repository", clerk,
                "--data", data);
        assertEquals(2, promoted.exitCode());
        assertTrue(promoted.err().contains("Only a reviewer may change the members"), promoted.err());

        CommandRun byReviewer = CommandRun.of("repo", "status", "1", "APPROVED", "--repository", admin, "--data", data);
        assertEquals(0, byReviewer.exitCode(), byReviewer.err());
    }

    private static PostgresServer server() {
        return PostgresServer.forTest();
    }
}
