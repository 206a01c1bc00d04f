package cn.nianbao.store.internal;

import java.util.List;

/**
 * The members of a team repository: a database login and its role (officer or reviewer), optionally its
 * unit. The login is what PostgreSQL authenticated, so the role follows the person, not a name typed in.
 * Kept beside the reports, not in the hash chain, like the roster. An empty table means no roles.
 */
final class SchemaMember {

    static final List<String> STATEMENTS = List.of(
            "CREATE TABLE IF NOT EXISTS team_member (login VARCHAR(200) NOT NULL PRIMARY KEY,"
                    + " member_role VARCHAR(20) NOT NULL, unit VARCHAR(500))");

    private SchemaMember() {
    }
}
