package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.CarriedReview;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.store.Member;
import cn.nianbao.store.MemberRole;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;
import cn.nianbao.testing.PostgresServer;

/**
 * Roles on a team repository: on PostgreSQL each person logs in as their own database login, and once the
 * repository has members an officer cannot take the 公开办's steps. An empty member table, and the single
 * PC's H2 file, keep every step the workflow allows open to everyone.
 */
class RolesTest {

    private static final String PASSWORD = "geheim-123";

    @TempDir
    Path data;
    private final List<ReportRepository> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(ReportRepository::close);
    }

    @Test
    void anOfficerIsRefusedTheReviewersStepsWithAMessageNamingTheStepAndTheRole() throws Exception {
        try (ReportRepository admin = Backend.POSTGRESQL.open(data)) {
            String officer = login("officer");
            ReportRepository clerk = openAs(officer);
            long id = admin.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null).reportId();
            assertEquals(PostgresServer.USER, admin.login());
            assertEquals(officer, clerk.login());
            admin.changeMember(PostgresServer.USER, MemberRole.REVIEWER, "公开办");
            admin.changeMember(officer, MemberRole.OFFICER, "甲局");

            clerk.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            RepositoryException refused = assertThrows(RepositoryException.class,
                    () -> clerk.changeStatus(id, ReportStatus.APPROVED, "张三", null));
            assertEquals(RepositoryException.Kind.REFUSED, refused.kind());
            assertEquals("Only a reviewer may set 甲局 2024 to approved: the database login " + officer
                    + " has the role officer in this repository (nianbao repo member list).", refused.getMessage());
            assertEquals("只有审核人可以把“甲局 2024年”改为“同意发布”：数据库登录名“" + officer
                    + "”在本资料库中是经办人（见 nianbao repo member list）。", refused.messageZh());
            assertEquals(ReportStatus.SUBMITTED, admin.report(id).orElseThrow().status(), "nothing changed");

            AnnualReport file = clerk.checkout(id);
            FileWorkflow.changeStatus(file, ReportStatus.RETURNED, "王审", null);
            CarriedReview carried = clerk.saveFile(file, "张三", null, ReportRepository.ANY_REVISION).review();
            assertEquals(1, carried.refused().size(), "a reviewer's step written into a file is no way around");
            assertTrue(carried.refused().get(0).messageEn().endsWith(" was not applied: Only a reviewer may set 甲局 2024"
                    + " to returned: the database login " + officer + " has the role officer in this repository"
                    + " (nianbao repo member list)."), carried.refused().get(0).messageEn());
            assertEquals(ReportStatus.SUBMITTED, admin.report(id).orElseThrow().status());

            admin.changeStatus(id, ReportStatus.IN_REVIEW, "王审", null);
            admin.changeStatus(id, ReportStatus.RETURNED, "王审", null);
            clerk.changeStatus(id, ReportStatus.REVISED, "张三", null);
            admin.changeStatus(id, ReportStatus.APPROVED, "王审", null);
            assertThrows(RepositoryException.class, () -> clerk.changeStatus(id, ReportStatus.PUBLISHED, "张三", null),
                    "a submitted report is published by the 公开办");
            admin.changeStatus(id, ReportStatus.PUBLISHED, "王审", null);

            long own = admin.saveRevision(Reports.of("乙局", 2024, 1, 1), "李四", null).reportId();
            clerk.changeStatus(own, ReportStatus.PUBLISHED, "李四", null);
            assertEquals(ReportStatus.PUBLISHED, admin.report(own).orElseThrow().status(),
                    "a report never submitted is still published by its own office");
            assertTrue(admin.verify().ok());
        }
    }

    @Test
    void onlyAReviewerChangesTheMembersAndTheLastReviewerStays() throws Exception {
        try (ReportRepository admin = Backend.POSTGRESQL.open(data)) {
            String officer = login("officer");
            String stranger = login("stranger");
            ReportRepository clerk = openAs(officer);
            ReportRepository other = openAs(stranger);
            long id = admin.saveRevision(Reports.of("丙局", 2024, 2, 2), "张三", null).reportId();
            RepositoryException noReviewer = assertThrows(RepositoryException.class,
                    () -> admin.changeMember(officer, MemberRole.OFFICER, null));
            assertTrue(noReviewer.getMessage().startsWith("A repository with members needs at least one reviewer"),
                    noReviewer.getMessage());
            assertEquals(List.of(), admin.members(), "refused whole");

            admin.changeMember(PostgresServer.USER, MemberRole.REVIEWER, "公开办");
            admin.changeMember(officer, MemberRole.OFFICER, "丙局");
            RepositoryException promote = assertThrows(RepositoryException.class,
                    () -> clerk.changeMember(officer, MemberRole.REVIEWER, null));
            assertEquals("Only a reviewer may change the members of this repository: the database login " + officer
                    + " has the role officer.", promote.getMessage());
            assertThrows(RepositoryException.class, () -> admin.changeMember(PostgresServer.USER, null, null),
                    "the officer would be left without a reviewer");
            assertEquals(List.of(new Member(PostgresServer.USER, MemberRole.REVIEWER, "公开办"),
                    new Member(officer, MemberRole.OFFICER, "丙局")), admin.members(), "by login");

            other.changeStatus(id, ReportStatus.SUBMITTED, "某人", null);
            RepositoryException unlisted = assertThrows(RepositoryException.class,
                    () -> other.changeStatus(id, ReportStatus.RETURNED, "某人", null));
            assertTrue(unlisted.getMessage().endsWith("the database login " + stranger
                    + " has the role none (not a member) in this repository (nianbao repo member list)."),
                    unlisted.getMessage());

            admin.changeMember(officer, null, null);
            admin.changeMember(PostgresServer.USER, null, null);
            other.changeStatus(id, ReportStatus.RETURNED, "某人", null);
            assertEquals(ReportStatus.RETURNED, admin.report(id).orElseThrow().status(),
                    "no members left: every allowed step is open again");
        }
    }

    @Test
    void theSinglePcRepositoryHasNoRolesAndSaysWhy() throws Exception {
        try (ReportRepository repo = Backend.H2.open(data)) {
            long id = repo.saveRevision(Reports.of("丁局", 2024, 2, 2), "张三", null).reportId();
            RepositoryException refused = assertThrows(RepositoryException.class,
                    () -> repo.changeMember("zhangsan", MemberRole.REVIEWER, null));
            assertEquals(RepositoryException.Kind.REFUSED, refused.kind());
            assertTrue(refused.getMessage().startsWith("Roles are for a team repository on a PostgreSQL server"),
                    refused.getMessage());
            assertEquals(List.of(), repo.members());
            repo.changeStatus(id, ReportStatus.SUBMITTED, "张三", null);
            repo.changeStatus(id, ReportStatus.APPROVED, "张三", null);
            assertEquals(ReportStatus.APPROVED, repo.report(id).orElseThrow().status());
        }
    }

    /**
     * A new login of the test server (cluster-wide, so named uniquely) with the grants an administrator gives;
     * after the repository's tables exist.
     */
    private String login(String prefix) throws Exception {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Backend.server().createLogin(name, PASSWORD, Backend.POSTGRESQL.address(data).database());
        return name;
    }

    private ReportRepository openAs(String login) throws Exception {
        ServerAddress admin = Backend.POSTGRESQL.address(data);
        ServerAddress as = new ServerAddress(admin.host(), admin.port(), admin.database(), login, admin.sslMode());
        ReportRepository repository = ReportRepository.open(data, as, PASSWORD);
        opened.add(repository);
        return repository;
    }
}
