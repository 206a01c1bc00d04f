package cn.nianbao.store.internal;

import java.util.List;

/**
 * A region's roster of units and its local deadlines (the intake list and the roll-up's member sets). Kept
 * beside the reports, not in the hash chain: a roster is the 公开办's list, replaced as a whole when the
 * list changes, and says nothing about what a unit reported.
 */
final class SchemaRoster {

    static final List<String> STATEMENTS = List.of(
            "CREATE TABLE IF NOT EXISTS roster_unit (region VARCHAR(200) NOT NULL, position INT NOT NULL,"
                    + " name VARCHAR(500) NOT NULL, unit_level VARCHAR(20) NOT NULL, parent VARCHAR(500),"
                    + " contact VARCHAR(500), PRIMARY KEY (region, position))",
            "CREATE TABLE IF NOT EXISTS roster_setting (region VARCHAR(200) NOT NULL, name VARCHAR(40) NOT NULL,"
                    + " val VARCHAR(200) NOT NULL, PRIMARY KEY (region, name))");

    private SchemaRoster() {
    }
}
