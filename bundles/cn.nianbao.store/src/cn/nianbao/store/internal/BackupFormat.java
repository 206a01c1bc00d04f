package cn.nianbao.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The backup format (version 5): a zip of {@value #MANIFEST} (what identifies each revision, the reports'
 * status, the agencies' region codes, the chain head, since version 3 the revision notes and withdrawals
 * of schema 3, since version 4 the status log and the reviewers' comments, since version 5 the regions'
 * rosters with their deadlines) and {@code revisions/ID.nianbao} (each revision's native report file).
 * Backups of versions 2 to 4, which lack what came later, are still read. Reading it takes values only: names that are not of
 * the format are refused, sizes are bounded, and the old format (an H2 database file, which runs SQL when
 * opened) is refused.
 */
final class BackupFormat {

    static final String FORMAT = "nianbao-backup";
    static final int VERSION = 5;
    /** The oldest manifest version read: version 1 was an H2 file, refused on its own. */
    static final int OLDEST_VERSION = 2;
    static final String MANIFEST = "nianbao-backup.json";
    private static final Pattern CONTENT = Pattern.compile("revisions/[1-9][0-9]{0,17}\\.nianbao");
    private static final long MAX_MANIFEST = 128L * 1024 * 1024; // about 250,000 revisions
    private static final long MAX_CONTENT = 64L * 1024 * 1024;

    /** Why a zip is not a backup to restore: the key of the message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String key) {
            super(key);
        }
    }

    record RevisionEntry(long id, String agency, int year, int number, String author, long savedAt,
            String contentHash, String sourceFile, String sourceHash, String link, String content) {
    }

    record ReportEntry(String agency, int year, String status) {
    }

    record AgencyEntry(String name, String regionCode) {
    }

    record NoteEntry(long revision, String status, String comment, String author, long notedAt,
            String overrideReason) {
    }

    record WithdrawalEntry(String agency, int year, long revision, String by, long at) {
    }

    record StatusEntry(String agency, int year, int sequence, long revision, String from, String to, String by,
            long at, String comment, int returnRound, String carried) {
    }

    record CommentEntry(String agency, int year, JsonObject fields) {
    }

    /** A region's roster: its units and deadlines as JSON, read field by field when restored. */
    record RosterEntry(JsonObject fields) {
    }

    record Manifest(String chainMode, String chainHead, List<RevisionEntry> revisions, List<ReportEntry> reports,
            List<AgencyEntry> agencies, List<NoteEntry> notes, List<WithdrawalEntry> withdrawals,
            List<StatusEntry> statusLog, List<CommentEntry> comments, List<RosterEntry> rosters) {
    }

    private BackupFormat() {
    }

    static String contentEntry(long id) {
        return "revisions/" + id + ".nianbao";
    }

    /** Checks the entry names and reads the manifest. */
    static Manifest read(ZipFile zip) throws IOException, Refused {
        Set<String> names = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!names.add(name)) {
                throw new Refused("backup.notBackup");
            }
            if (name.equals(Database.FILE_NAME) || name.endsWith(".mv.db")) {
                throw new Refused("backup.oldFormat");
            }
            if (!name.equals(MANIFEST) && !CONTENT.matcher(name).matches()) {
                throw new Refused("backup.notBackup");
            }
        }
        if (!names.contains(MANIFEST)) {
            throw new Refused("backup.notBackup");
        }
        try {
            JsonObject root = JsonParser.parseString(new String(bytes(zip, MANIFEST, MAX_MANIFEST),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            if (!FORMAT.equals(text(root, "format"))) {
                throw new Refused("backup.notBackup");
            }
            int version = root.get("version").getAsInt();
            if (version > VERSION) {
                throw new Refused("backup.newerFormat");
            }
            if (version < OLDEST_VERSION) {
                throw new Refused("backup.badManifest");
            }
            List<RevisionEntry> revisions = new ArrayList<>();
            for (JsonElement e : array(root, "revisions")) {
                JsonObject r = e.getAsJsonObject();
                revisions.add(new RevisionEntry(r.get("id").getAsLong(), text(r, "agency"), r.get("year").getAsInt(),
                        r.get("number").getAsInt(), text(r, "author"), r.get("savedAt").getAsLong(),
                        text(r, "contentHash"), text(r, "sourceFile"), text(r, "sourceHash"), text(r, "link"),
                        text(r, "content")));
            }
            List<ReportEntry> reports = new ArrayList<>();
            for (JsonElement e : array(root, "reports")) {
                JsonObject r = e.getAsJsonObject();
                reports.add(new ReportEntry(text(r, "agency"), r.get("year").getAsInt(), text(r, "status")));
            }
            List<AgencyEntry> agencies = new ArrayList<>();
            for (JsonElement e : array(root, "agencies")) {
                JsonObject a = e.getAsJsonObject();
                agencies.add(new AgencyEntry(text(a, "name"), text(a, "regionCode")));
            }
            return new Manifest(text(root, "chainMode"), text(root, "chainHead"), revisions, reports, agencies,
                    notes(root), withdrawals(root), statusLog(root), comments(root), rosters(root));
        } catch (RuntimeException e) {
            // a manifest that is not JSON, or lacks a field, or has one of the wrong type
            throw new Refused("backup.badManifest");
        }
    }

    /** The revision notes (none in a version 2 manifest). */
    private static List<NoteEntry> notes(JsonObject root) {
        List<NoteEntry> notes = new ArrayList<>();
        for (JsonElement e : array(root, "notes")) {
            JsonObject n = e.getAsJsonObject();
            notes.add(new NoteEntry(n.get("revision").getAsLong(), text(n, "status"), text(n, "comment"),
                    text(n, "author"), n.get("notedAt").getAsLong(), text(n, "overrideReason")));
        }
        return notes;
    }

    /** The withdrawals (none in a version 2 manifest). */
    private static List<WithdrawalEntry> withdrawals(JsonObject root) {
        List<WithdrawalEntry> withdrawals = new ArrayList<>();
        for (JsonElement e : array(root, "withdrawals")) {
            JsonObject w = e.getAsJsonObject();
            withdrawals.add(new WithdrawalEntry(text(w, "agency"), w.get("year").getAsInt(),
                    w.get("revision").getAsLong(), text(w, "by"), w.get("at").getAsLong()));
        }
        return withdrawals;
    }

    /** The status changes (none before version 4). */
    private static List<StatusEntry> statusLog(JsonObject root) {
        List<StatusEntry> log = new ArrayList<>();
        for (JsonElement e : array(root, "statusLog")) {
            JsonObject s = e.getAsJsonObject();
            log.add(new StatusEntry(text(s, "agency"), s.get("year").getAsInt(), s.get("sequence").getAsInt(),
                    s.get("revision").getAsLong(), text(s, "from"), text(s, "to"), text(s, "by"),
                    s.get("at").getAsLong(), text(s, "comment"), s.get("returnRound").getAsInt(), text(s, "carried")));
        }
        return log;
    }

    /** The reviewers' comments (none before version 4), read field by field when restored. */
    private static List<CommentEntry> comments(JsonObject root) {
        List<CommentEntry> comments = new ArrayList<>();
        for (JsonElement e : array(root, "comments")) {
            JsonObject k = e.getAsJsonObject();
            comments.add(new CommentEntry(text(k, "agency"), k.get("year").getAsInt(), k));
        }
        return comments;
    }

    /** The regions' rosters (none before version 5). */
    private static List<RosterEntry> rosters(JsonObject root) {
        List<RosterEntry> rosters = new ArrayList<>();
        for (JsonElement e : array(root, "rosters")) {
            rosters.add(new RosterEntry(e.getAsJsonObject()));
        }
        return rosters;
    }

    static String text(JsonObject o, String name, int maxLength) throws Refused {
        String value = text(o, name);
        if (value != null && value.length() > maxLength) {
            throw new Refused("backup.badManifest");
        }
        return value;
    }

    /** The bytes of one entry, at most {@code max}; an entry of the format only. */
    static byte[] content(ZipFile zip, String name) throws IOException, Refused {
        if (name == null || !CONTENT.matcher(name).matches() || zip.getEntry(name) == null) {
            throw new Refused("backup.missingContent");
        }
        return bytes(zip, name, MAX_CONTENT);
    }

    private static byte[] bytes(ZipFile zip, String name, long max) throws IOException, Refused {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (data.length > max) {
                throw new Refused("backup.tooLarge");
            }
            return data;
        }
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    static JsonArray array(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? new JsonArray() : e.getAsJsonArray();
    }
}
