package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.store.Member;
import cn.nianbao.store.MemberRole;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.StatusLogEntry;

/**
 * The members of a team repository (table team_member) and what their roles allow. The identity is the
 * database login of the connection ({@code SESSION_USER}), which the server authenticated. While the table is
 * empty nobody has a role and every step the workflow allows is open to everyone, as before roles; once it has
 * rows, the 公开办's steps are a reviewer's: 审核中, 已退回, 同意发布, and 已发布 of a report that was submitted
 * (an office publishing its own report straight from a draft, with no review desk involved, stays open).
 */
public final class Members {

    private static final Set<ReportStatus> REVIEWER_STEPS = EnumSet.of(ReportStatus.IN_REVIEW, ReportStatus.RETURNED,
            ReportStatus.APPROVED);

    private Members() {
    }

    public static List<Member> list(Connection c) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT login, member_role, unit FROM team_member ORDER BY login")) {
            while (rs.next()) {
                members.add(new Member(rs.getString(1), MemberRole.parse(rs.getString(2)).orElse(MemberRole.OFFICER),
                        rs.getString(3)));
            }
        }
        return members;
    }

    /** The login the database authenticated for this connection. */
    public static String login(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SESSION_USER")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Refuses ({@link Kind#REFUSED}) a step of the report to {@code to} that needs a reviewer when the
     * connection's login is not one, naming the step, the login and its role.
     */
    public static void checkStep(Connection c, ReportSummary report, ReportStatus to) throws SQLException,
            RepositoryException {
        List<Member> members = list(c);
        if (members.isEmpty() || !reviewerStep(c, report.id(), to)) {
            return;
        }
        String login = login(c);
        Optional<MemberRole> role = roleOf(members, login);
        if (role.orElse(null) != MemberRole.REVIEWER) {
            throw Messages.exception(Kind.REFUSED, null, "member.reviewerStep", report.agency(),
                    Integer.toString(report.year()), to.labelZh(), roleZh(role), login, to.labelEn(), roleEn(role));
        }
    }

    /**
     * Adds or replaces a member, or removes one ({@code role} null), as a reviewer of a repository with
     * members or anyone while it has none; a repository with members keeps at least one reviewer.
     */
    public static void change(Connection c, String login, MemberRole role, String unit) throws SQLException,
            RepositoryException {
        List<Member> before = list(c);
        if (!before.isEmpty()) {
            String caller = login(c);
            Optional<MemberRole> callerRole = roleOf(before, caller);
            if (callerRole.orElse(null) != MemberRole.REVIEWER) {
                throw Messages.exception(Kind.REFUSED, null, "member.reviewerOnly", caller, roleZh(callerRole),
                        roleEn(callerRole));
            }
        }
        if (role == null && roleOf(before, login).isEmpty()) {
            throw Messages.exception(Kind.NOT_FOUND, null, "member.unknown", login);
        }
        delete(c, login);
        if (role != null) {
            insert(c, login, role, unit);
        }
        List<Member> after = list(c);
        if (!after.isEmpty() && after.stream().noneMatch(m -> m.role() == MemberRole.REVIEWER)) {
            throw Messages.exception(Kind.REFUSED, null, "member.noReviewer", login);
        }
    }

    /** 审核中, 已退回, 同意发布 always; 已发布 when the report was submitted since it last became a draft. */
    private static boolean reviewerStep(Connection c, long reportId, ReportStatus to) throws SQLException {
        if (REVIEWER_STEPS.contains(to)) {
            return true;
        }
        if (to != ReportStatus.PUBLISHED) {
            return false;
        }
        boolean submitted = false;
        for (StatusLogEntry entry : Workflow.log(c, reportId)) {
            if (entry.to() == ReportStatus.DRAFT) {
                submitted = false;
            } else if (entry.to() == ReportStatus.SUBMITTED) {
                submitted = true;
            }
        }
        return submitted;
    }

    private static Optional<MemberRole> roleOf(List<Member> members, String login) {
        return members.stream().filter(m -> m.login().equals(login)).map(Member::role).findFirst();
    }

    private static String roleZh(Optional<MemberRole> role) {
        return role.map(MemberRole::labelZh).orElse(Messages.zh("member.none"));
    }

    private static String roleEn(Optional<MemberRole> role) {
        return role.map(MemberRole::labelEn).orElse(Messages.en("member.none"));
    }

    private static void delete(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM team_member WHERE login = ?")) {
            ps.setString(1, login);
            ps.executeUpdate();
        }
    }

    private static void insert(Connection c, String login, MemberRole role, String unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO team_member (login, member_role, unit) VALUES (?, ?, ?)")) {
            ps.setString(1, login);
            ps.setString(2, role.id());
            ps.setString(3, unit == null || unit.isBlank() ? null : unit.strip());
            ps.executeUpdate();
        }
    }
}
