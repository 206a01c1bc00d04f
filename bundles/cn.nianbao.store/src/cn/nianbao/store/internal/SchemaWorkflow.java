package cn.nianbao.store.internal;

import java.util.List;

/**
 * The review workflow: every change of a report's status (who, when, the return round, the comments a return
 * carried), hash-chained per report with the repository's chain; and the reviewers' comments on a cell, a
 * finding or a text passage with their done marks. Old status ids stay as they are (FINAL is read as
 * APPROVED), so no seal changes and {@code repo verify} of an old repository still passes.
 */
final class SchemaWorkflow {

    static final List<String> STATEMENTS = List.of(
            "CREATE TABLE IF NOT EXISTS status_change (report_id BIGINT NOT NULL REFERENCES report(id),"
                    + " seq INT NOT NULL, revision_id BIGINT NOT NULL, from_status VARCHAR(12) NOT NULL,"
                    + " to_status VARCHAR(12) NOT NULL, changed_by VARCHAR(200),"
                    + " changed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL, comment VARCHAR(4000),"
                    + " return_round INT NOT NULL, carried VARCHAR(1000), prev_hash VARCHAR(64) NOT NULL,"
                    + " chain_hash VARCHAR(64) NOT NULL, PRIMARY KEY (report_id, seq))",
            "CREATE TABLE IF NOT EXISTS review_comment (report_id BIGINT NOT NULL REFERENCES report(id),"
                    + " num INT NOT NULL, table_id VARCHAR(40), row_id VARCHAR(40), column_id VARCHAR(40),"
                    + " rule_id VARCHAR(40), cells VARCHAR(1000), section_key VARCHAR(40), quote VARCHAR(4000),"
                    + " body VARCHAR(4000) NOT NULL, author VARCHAR(200),"
                    + " created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL, return_round INT NOT NULL,"
                    + " done_by VARCHAR(200), done_at TIMESTAMP(3) WITH TIME ZONE, PRIMARY KEY (report_id, num))");

    private SchemaWorkflow() {
    }
}
