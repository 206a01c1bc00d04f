package cn.nianbao.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;

/**
 * Writes a backup in the data format of {@link BackupFormat}: every revision's native report file and one
 * JSON manifest of what identifies it. No database file and no SQL: a restore reads the records as data.
 */
final class BackupWriter {

    private BackupWriter() {
    }

    static void write(Connection c, Chain chain, Path zipFile) throws SQLException, IOException {
        JsonObject manifest = new JsonObject();
        manifest.addProperty("format", BackupFormat.FORMAT);
        manifest.addProperty("version", BackupFormat.VERSION);
        manifest.addProperty("created", Instant.now().toString());
        manifest.addProperty("chainMode", chain.mode());
        manifest.addProperty("chainHead", Chains.head(c).head());
        JsonArray revisions = new JsonArray();
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(Verifier.RECORDS)) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String entry = BackupFormat.contentEntry(id);
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write(Content.unpack(rs.getBytes(12)));
                    zip.closeEntry();
                    JsonObject r = new JsonObject();
                    r.addProperty("id", id);
                    r.addProperty("agency", rs.getString(4));
                    r.addProperty("year", rs.getInt(5));
                    r.addProperty("number", rs.getInt(3));
                    r.addProperty("author", rs.getString(6));
                    r.addProperty("savedAt", Rechain.millis(rs, 7));
                    r.addProperty("contentHash", rs.getString(8));
                    r.addProperty("sourceFile", rs.getString(9));
                    r.addProperty("sourceHash", rs.getString(10));
                    r.addProperty("link", rs.getString(14));
                    r.addProperty("content", entry);
                    revisions.add(r);
                }
            }
            manifest.add("revisions", revisions);
            manifest.add("reports", reports(c));
            manifest.add("agencies", agencies(c));
            manifest.add("notes", notes(c));
            manifest.add("withdrawals", withdrawals(c));
            manifest.add("statusLog", statusLog(c));
            manifest.add("comments", comments(c));
            manifest.add("rosters", rosters(c));
            zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
            zip.write(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(manifest)
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (FileChannel channel = FileChannel.open(zipFile, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static JsonArray reports(Connection c) throws SQLException {
        return rows(c, "SELECT a.name, r.report_year, r.status FROM report r JOIN agency a ON a.id = r.agency_id"
                + " ORDER BY r.id", (rs, r) -> {
                    r.addProperty("agency", rs.getString(1));
                    r.addProperty("year", rs.getInt(2));
                    r.addProperty("status", rs.getString(3));
                });
    }

    private static JsonArray notes(Connection c) throws SQLException {
        return rows(c, "SELECT revision_id, status, comment, author, noted_at, override_reason FROM revision_note"
                + " ORDER BY id", (rs, n) -> {
                    n.addProperty("revision", rs.getLong(1));
                    n.addProperty("status", rs.getString(2));
                    n.addProperty("comment", rs.getString(3));
                    n.addProperty("author", rs.getString(4));
                    n.addProperty("notedAt", Rechain.millis(rs, 5));
                    n.addProperty("overrideReason", rs.getString(6));
                });
    }

    /** Every withdrawal, also one a later revision has ended: it stays part of the report's history. */
    private static JsonArray withdrawals(Connection c) throws SQLException {
        return rows(c, "SELECT a.name, r.report_year, w.revision_id, w.withdrawn_by, w.withdrawn_at"
                + " FROM report_withdrawal w JOIN report r ON r.id = w.report_id"
                + " JOIN agency a ON a.id = r.agency_id ORDER BY r.id", (rs, w) -> {
                    w.addProperty("agency", rs.getString(1));
                    w.addProperty("year", rs.getInt(2));
                    w.addProperty("revision", rs.getLong(3));
                    w.addProperty("by", rs.getString(4));
                    w.addProperty("at", Rechain.millis(rs, 5));
                });
    }

    /** Every report's status changes (version 4), in order: a restore links them again. */
    private static JsonArray statusLog(Connection c) throws SQLException {
        return rows(c, "SELECT a.name, r.report_year, s.seq, s.revision_id,"
                + " s.from_status, s.to_status, s.changed_by, s.changed_at, s.comment, s.return_round, s.carried"
                + " FROM status_change s JOIN report r ON r.id = s.report_id JOIN agency a ON a.id = r.agency_id"
                + " ORDER BY r.id, s.seq", (rs, e) -> {
                    e.addProperty("agency", rs.getString(1));
                    e.addProperty("year", rs.getInt(2));
                    e.addProperty("sequence", rs.getInt(3));
                    e.addProperty("revision", rs.getLong(4));
                    e.addProperty("from", rs.getString(5));
                    e.addProperty("to", rs.getString(6));
                    e.addProperty("by", rs.getString(7));
                    e.addProperty("at", Rechain.millis(rs, 8));
                    e.addProperty("comment", rs.getString(9));
                    e.addProperty("returnRound", rs.getInt(10));
                    e.addProperty("carried", rs.getString(11));
                });
    }

    private static final String[] COMMENT_TEXTS = {"agency", null, "number", "tableId", "row", "column", "ruleId",
            "cells", "sectionKey", "quote", "text", "author"};

    /** Every reviewer's comment (version 4) with its done mark. */
    private static JsonArray comments(Connection c) throws SQLException {
        return rows(c, "SELECT a.name, r.report_year, k.num, k.table_id, k.row_id,"
                + " k.column_id, k.rule_id, k.cells, k.section_key, k.quote, k.body, k.author, k.created_at,"
                + " k.return_round, k.done_by, k.done_at FROM review_comment k JOIN report r ON r.id = k.report_id"
                + " JOIN agency a ON a.id = r.agency_id ORDER BY r.id, k.num", (rs, k) -> {
                    for (int i = 0; i < COMMENT_TEXTS.length; i++) {
                        if (COMMENT_TEXTS[i] != null) {
                            k.addProperty(COMMENT_TEXTS[i], rs.getString(i + 1));
                        }
                    }
                    k.addProperty("year", rs.getInt(2));
                    k.addProperty("number", rs.getInt(3));
                    k.addProperty("at", Rechain.millis(rs, 13));
                    k.addProperty("returnRound", rs.getInt(14));
                    k.addProperty("doneBy", rs.getString(15));
                    if (rs.getObject(16) != null) {
                        k.addProperty("doneAt", Rechain.millis(rs, 16));
                    }
                });
    }

    /** Every region's roster (version 5): its deadlines and its units in roster order. */
    private static JsonArray rosters(Connection c) throws SQLException {
        JsonArray rosters = new JsonArray();
        for (String region : Rosters.regions(c)) {
            Roster roster = Rosters.of(c, region).orElseThrow();
            JsonObject r = new JsonObject();
            r.addProperty("region", roster.region());
            r.addProperty("unitDue", roster.unitDue().toString());
            r.addProperty("governmentDue", roster.governmentDue().toString());
            JsonArray units = new JsonArray();
            for (RosterUnit unit : roster.units()) {
                JsonObject u = new JsonObject();
                u.addProperty("name", unit.name());
                u.addProperty("level", unit.level().name());
                u.addProperty("parent", unit.parent());
                u.addProperty("contact", unit.contact());
                units.add(u);
            }
            r.add("units", units);
            rosters.add(r);
        }
        return rosters;
    }

    private static JsonArray agencies(Connection c) throws SQLException {
        return rows(c, "SELECT name, region_code FROM agency WHERE region_code IS NOT NULL ORDER BY id", (rs, a) -> {
            a.addProperty("name", rs.getString(1));
            a.addProperty("regionCode", rs.getString(2));
        });
    }

    /** One JSON object per row of the query, in the query's order. */
    private static JsonArray rows(Connection c, String sql, RowReader reader) throws SQLException {
        JsonArray rows = new JsonArray();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                JsonObject row = new JsonObject();
                reader.read(rs, row);
                rows.add(row);
            }
        }
        return rows;
    }

    private interface RowReader {
        void read(ResultSet rs, JsonObject row) throws SQLException;
    }
}
