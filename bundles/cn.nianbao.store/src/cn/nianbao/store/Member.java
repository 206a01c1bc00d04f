package cn.nianbao.store;

/** A member of a team repository: its database login, its role and (optionally, else null) its unit. */
public record Member(String login, MemberRole role, String unit) {
}
