package cn.nianbao.store.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.ImportSource;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.Revision;
import cn.nianbao.store.RevisionNote;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;
import cn.nianbao.store.StatusLogEntry;
import cn.nianbao.store.VerifyResult;

/**
 * Backups are data, never a database: {@link BackupWriter} writes every revision's report file and a JSON
 * manifest (with the revision notes and withdrawals since format 3, the workflow since 4, the rosters since 5).
 * Restoring builds a new repository under
 * a name of our own inside the data folder through the same writer as every save (bound parameters only),
 * brings back notes and withdrawals only for revisions and reports it restored, checks each revision's
 * content against its hash and, when the backup was sealed in the mode of this data folder, each link
 * against the backup's; then it
 * verifies the result, sets the current file aside (repository-before-restore-TIME.mv.db, the way back) and
 * moves the restored file in place. Nothing from the backup is executed: an old-format backup (an H2 file,
 * whose views and triggers would run on open) is refused.
 */
public final class Backups {

    private Backups() {
    }

    public static void backup(Connection c, Chain chain, Path target) throws RepositoryException {
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), ".nianbao-backup", ".zip"); // 0600
            BackupWriter.write(c, chain, temporary);
            c.rollback();
            move(temporary, absolute);
            FilePermissions.privateFile(absolute);
            FilePermissions.syncFolder(absolute.getParent());
        } catch (IOException | SQLException e) {
            throw Messages.exception(Kind.IO, e, "backup.failed", absolute, e.getMessage());
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Restores a backup into the (closed) data folder; returns where the replaced file was set aside. */
    public static Path restore(Path dataDir, Chain chain, Path backup) throws RepositoryException {
        Path restored = dataDir.resolve("restoring-" + System.nanoTime());
        Path restoredFile = Path.of(restored + ".mv.db");
        try {
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                BackupFormat.Manifest manifest = BackupFormat.read(zip);
                try (Connection c = Database.openFile(restored)) {
                    Schema.migrate(c, restored);
                    rebuild(c, chain, zip, manifest);
                    VerifyResult result = new Verifier(c, chain).run();
                    if (!result.ok()) {
                        throw bad(backup, result.problems().get(0).messageEn(), null);
                    }
                } catch (SQLException e) {
                    throw bad(backup, e.getMessage(), e);
                }
            } catch (ZipException e) {
                throw refused(backup, "backup.notBackup", e);
            } catch (BackupFormat.Refused e) {
                throw refused(backup, e.getMessage(), e);
            }
            Path currentFile = dataDir.resolve(Database.FILE_NAME);
            if (Files.exists(currentFile)) {
                ensureNotInUse(dataDir);
            }
            Path aside = dataDir.resolve("repository-before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".mv.db");
            if (Files.exists(currentFile)) {
                Files.move(currentFile, aside);
            }
            move(restoredFile, currentFile);
            FilePermissions.privateFolder(dataDir);
            FilePermissions.syncFolder(dataDir);
            return aside;
        } catch (IOException e) {
            throw bad(backup, e.getMessage(), e);
        } finally {
            deleteQuietly(restoredFile);
            deleteQuietly(Path.of(restored + ".trace.db"));
        }
    }

    /** Every revision of the manifest through the revision writer, in chain order; then the rest. */
    private static void rebuild(Connection c, Chain chain, ZipFile zip, BackupFormat.Manifest manifest)
            throws SQLException, IOException, RepositoryException, BackupFormat.Refused {
        RevisionWriter writer = new RevisionWriter(c, chain);
        boolean sameMode = chain.mode().equals(manifest.chainMode());
        for (BackupFormat.RevisionEntry entry : manifest.revisions()) {
            byte[] plain = BackupFormat.content(zip, entry.content());
            if (!Hashes.sha256(plain).equals(entry.contentHash())) {
                throw new BackupFormat.Refused("backup.contentChanged");
            }
            AnnualReport report;
            try {
                report = NativeFormat.fromBytes(plain);
            } catch (RuntimeException e) {
                throw new BackupFormat.Refused("backup.contentChanged");
            }
            if (report.getAgencyName() == null || !report.getAgencyName().strip().equals(entry.agency())
                    || report.getYear() != entry.year()) {
                throw new BackupFormat.Refused("backup.contentChanged");
            }
            ImportSource source = entry.sourceFile() == null ? null
                    : new ImportSource(entry.sourceFile(), entry.sourceHash());
            Revision written = writer.write(report, Content.pack(plain), entry.contentHash(), entry.author(),
                    Instant.ofEpochMilli(entry.savedAt()), source);
            if (written == null || written.id() != entry.id() || written.number() != entry.number()
                    || (sameMode && !written.chainHash().equals(entry.link()))) {
                throw new BackupFormat.Refused("backup.chainChanged");
            }
        }
        writer.finish();
        for (BackupFormat.ReportEntry entry : manifest.reports()) {
            setStatus(c, chain, entry);
        }
        for (BackupFormat.AgencyEntry entry : manifest.agencies()) {
            if (entry.regionCode() != null && entry.regionCode().matches("\\d{6}(\\d{6})?")) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE agency SET region_code = ? WHERE name = ?")) {
                    ps.setString(1, entry.regionCode());
                    ps.setString(2, entry.name());
                    ps.executeUpdate();
                }
            }
        }
        if (sameMode && manifest.chainHead() != null && !manifest.chainHead().equals(Chains.head(c).head())) {
            throw new BackupFormat.Refused("backup.chainChanged");
        }
        restoreNotes(c, manifest);
        restoreWithdrawals(c, manifest);
        restoreWorkflow(c, chain, manifest);
        for (BackupFormat.RosterEntry entry : manifest.rosters()) {
            Rosters.replace(c, roster(entry.fields()));
        }
        c.commit();
    }

    /** Notes lie outside the chain: each must name a revision the backup restored, with a known status. */
    private static void restoreNotes(Connection c, BackupFormat.Manifest manifest)
            throws SQLException, BackupFormat.Refused {
        Set<Long> restored = new HashSet<>();
        for (BackupFormat.RevisionEntry entry : manifest.revisions()) {
            restored.add(entry.id());
        }
        for (BackupFormat.NoteEntry entry : manifest.notes()) {
            if (!restored.contains(entry.revision())) {
                throw new BackupFormat.Refused("backup.badManifest");
            }
            Notes.insert(c, new RevisionNote(entry.revision(), status(entry.status()), entry.comment(),
                    entry.author(), Instant.ofEpochMilli(entry.notedAt()), entry.overrideReason()));
        }
    }

    /** A withdrawal must name a restored report and one of that report's revisions. */
    private static void restoreWithdrawals(Connection c, BackupFormat.Manifest manifest)
            throws SQLException, BackupFormat.Refused {
        for (BackupFormat.WithdrawalEntry entry : manifest.withdrawals()) {
            Long reportId = reportId(c, entry.agency(), entry.year());
            if (reportId == null || !revisionOf(c, entry.revision(), reportId)) {
                throw new BackupFormat.Refused("backup.badManifest");
            }
            Notes.insertWithdrawal(c, reportId, entry.revision(), entry.by(), Instant.ofEpochMilli(entry.at()));
        }
    }

    /**
     * The status log of each restored report, linked again with this data folder's chain in its order, and
     * the comments; an entry naming a report or revision the backup did not restore is refused.
     */
    private static void restoreWorkflow(Connection c, Chain chain, BackupFormat.Manifest manifest)
            throws SQLException, BackupFormat.Refused {
        for (BackupFormat.StatusEntry e : manifest.statusLog()) {
            Long reportId = reportId(c, e.agency(), e.year());
            if (reportId == null || !revisionOf(c, e.revision(), reportId)) {
                throw new BackupFormat.Refused("backup.badManifest");
            }
            List<Integer> carried = new ArrayList<>();
            try {
                for (String n : e.carried() == null || e.carried().isEmpty() ? new String[0] : e.carried().split(",")) {
                    carried.add(Integer.valueOf(n));
                }
            } catch (NumberFormatException bad) {
                throw new BackupFormat.Refused("backup.badManifest");
            }
            Workflow.insert(c, chain, new StatusLogEntry(reportId, e.sequence(), e.revision(), status(e.from()),
                    status(e.to()), e.by(), Instant.ofEpochMilli(e.at()), e.comment(), e.returnRound(),
                    List.copyOf(carried)));
        }
        for (BackupFormat.CommentEntry e : manifest.comments()) {
            Long reportId = reportId(c, e.agency(), e.year());
            if (reportId == null) {
                throw new BackupFormat.Refused("backup.badManifest");
            }
            Workflow.insertComment(c, reportId, comment(e.fields()));
        }
    }

    /** A roster as the backup has it, checked field by field as a roster import checks it. */
    private static Roster roster(JsonObject f) throws BackupFormat.Refused {
        try {
            String region = BackupFormat.text(f, "region", 200);
            List<RosterUnit> units = new ArrayList<>();
            for (JsonElement e : BackupFormat.array(f, "units")) {
                JsonObject u = e.getAsJsonObject();
                String name = BackupFormat.text(u, "name", 500);
                if (name == null) {
                    throw new BackupFormat.Refused("backup.badManifest");
                }
                units.add(new RosterUnit(name, UnitLevel.valueOf(BackupFormat.text(u, "level", 20)),
                        BackupFormat.text(u, "parent", 500), BackupFormat.text(u, "contact", 500)));
            }
            if (region == null) {
                throw new BackupFormat.Refused("backup.badManifest");
            }
            return new Roster(region, units, MonthDay.parse(BackupFormat.text(f, "unitDue", 20)),
                    MonthDay.parse(BackupFormat.text(f, "governmentDue", 20)));
        } catch (RuntimeException e) {
            // a unit level this version does not know, a date that is not --MM-DD, a field of the wrong type
            throw new BackupFormat.Refused("backup.badManifest");
        }
    }

    private static ReviewComment comment(JsonObject f) throws BackupFormat.Refused {
        try {
            ReviewComment k = ReportFactory.eINSTANCE.createReviewComment();
            k.setNumber(f.get("number").getAsInt());
            k.setTableId(BackupFormat.text(f, "tableId", 40));
            k.setRow(BackupFormat.text(f, "row", 40));
            k.setColumn(BackupFormat.text(f, "column", 40));
            k.setRuleId(BackupFormat.text(f, "ruleId", 40));
            k.setCells(BackupFormat.text(f, "cells", 1000));
            k.setSectionKey(BackupFormat.text(f, "sectionKey", 40));
            k.setQuote(BackupFormat.text(f, "quote", 4000));
            k.setText(BackupFormat.text(f, "text", 4000));
            k.setAuthor(BackupFormat.text(f, "author", 200));
            k.setDate(new java.util.Date(f.get("at").getAsLong()));
            k.setReturnRound(f.get("returnRound").getAsInt());
            k.setDoneBy(BackupFormat.text(f, "doneBy", 200));
            k.setDoneDate(f.has("doneAt") ? new java.util.Date(f.get("doneAt").getAsLong()) : null);
            if (k.getText() == null) {
                throw new BackupFormat.Refused("backup.badManifest");
            }
            return k;
        } catch (RuntimeException e) {
            throw new BackupFormat.Refused("backup.badManifest");
        }
    }

    private static boolean revisionOf(Connection c, long revisionId, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM revision WHERE id = ? AND report_id = ?")) {
            ps.setLong(1, revisionId);
            ps.setLong(2, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static ReportStatus status(String name) throws BackupFormat.Refused {
        try {
            return ReportStatus.stored(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new BackupFormat.Refused("backup.badManifest");
        }
    }

    private static Long reportId(Connection c, String agency, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id"
                + " WHERE a.name = ? AND r.report_year = ?")) {
            ps.setString(1, agency);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void setStatus(Connection c, Chain chain, BackupFormat.ReportEntry entry)
            throws SQLException, BackupFormat.Refused {
        ReportStatus status = status(entry.status());
        Long id = reportId(c, entry.agency(), entry.year());
        if (id == null) {
            return; // a report without revisions holds nothing to restore
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET status = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        Chains.reseal(c, chain, id);
    }

    private static void ensureNotInUse(Path dataDir) throws RepositoryException {
        try (Connection current = Database.open(dataDir)) {
            // opened only to be sure that no other Nianbao has it open
        } catch (SQLException e) {
            throw Database.translate(e, dataDir.resolve(Database.NAME));
        } catch (RepositoryException e) {
            if (e.kind() == Kind.LOCKED) {
                throw e;
            }
            // a damaged current file is exactly what a restore replaces
        }
    }

    private static RepositoryException refused(Path backup, String reasonKey, Throwable cause) {
        RepositoryException en = bad(backup, Messages.problem(reasonKey).messageEn(), cause);
        RepositoryException zh = bad(backup, Messages.problem(reasonKey).messageZh(), cause);
        return new RepositoryException(Kind.BAD_BACKUP, zh.messageZh(), en.messageEn(), cause);
    }

    private static RepositoryException bad(Path backup, String reason, Throwable cause) {
        return Messages.exception(Kind.BAD_BACKUP, cause, "backup.bad", backup, reason);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a left-over temporary file is harmless
            }
        }
    }
}
