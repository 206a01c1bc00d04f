package cn.nianbao.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Review;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.internal.Backups;
import cn.nianbao.store.internal.Chain;
import cn.nianbao.store.internal.Chains;
import cn.nianbao.store.internal.KeyFile;
import cn.nianbao.store.internal.Rechain;
import cn.nianbao.store.internal.Repair;
import cn.nianbao.store.internal.Content;
import cn.nianbao.store.internal.DataFolders;
import cn.nianbao.store.internal.FileReviews;
import cn.nianbao.store.internal.Hashes;
import cn.nianbao.store.internal.Database;
import cn.nianbao.store.internal.Dialect;
import cn.nianbao.store.internal.Members;
import cn.nianbao.store.internal.Messages;
import cn.nianbao.store.internal.Notes;
import cn.nianbao.store.internal.Queries;
import cn.nianbao.store.internal.RevisionWriter;
import cn.nianbao.store.internal.Rosters;
import cn.nianbao.store.internal.Schema;
import cn.nianbao.store.internal.ServerDatabase;
import cn.nianbao.store.internal.Verifier;
import cn.nianbao.store.internal.Workflow;

/**
 * The report repository: every agency's reports by year, every saved revision in a hash chain, acceptances,
 * import sources and year totals. By default in the embedded H2 file {@code repository.mv.db} of a data
 * folder, which one process at a time has open (H2's file lock); or, for a team, in a PostgreSQL server
 * database ({@link ServerAddress}) that many processes write at once, with the same schema. Every write is
 * one transaction that takes the write lock first, so the hash chain grows one revision after the other; a
 * save based on a revision that is no longer the current one is refused ({@link RepositoryException.Kind#CONFLICT}).
 * The methods are synchronized for threads. Every failure is a {@link RepositoryException} with a message
 * for the user.
 */
public final class ReportRepository implements AutoCloseable {

    private final Path dataDir;
    private final Connection c;
    private final ServerAddress server;
    private final Dialect dialect;
    private Chain chain;

    private ReportRepository(Path dataDir, Connection c, Chain chain, ServerAddress server) {
        this.dataDir = dataDir;
        this.c = c;
        this.chain = chain;
        this.server = server;
        this.dialect = server == null ? Dialect.H2 : Dialect.POSTGRESQL;
    }

    /** Opens (or creates) the repository of a data folder and brings its schema up to date. */
    public static ReportRepository open(Path dataDir) throws RepositoryException {
        Path dir = DataFolders.checked(dataDir);
        Chain chain = Chains.of(dir);
        Connection c = Database.open(dir);
        try {
            Schema.migrate(c, dir.resolve(Database.NAME));
            DataFolders.makePrivate(dir);
            return new ReportRepository(dir, c, chain, null);
        } catch (SQLException | RepositoryException e) {
            closeQuietly(c);
            throw e instanceof RepositoryException r ? r : fail((SQLException) e, dir);
        }
    }

    /**
     * Opens (or makes the tables of) the repository in a PostgreSQL server database; {@code server} null opens
     * the data folder's own. The data folder still holds what stays on this machine: the chain key and the
     * autosave journal. {@code password} (may be null) comes from secure storage or the environment, never
     * from a command line.
     */
    public static ReportRepository open(Path dataDir, ServerAddress server, String password)
            throws RepositoryException {
        if (server == null) {
            return open(dataDir);
        }
        Path dir = DataFolders.checked(dataDir);
        Chain chain = Chains.of(dir);
        Connection c = ServerDatabase.open(server, password);
        try {
            Schema.migrate(c, Dialect.POSTGRESQL, server.toString());
            return new ReportRepository(dir, c, chain, server);
        } catch (SQLException | RepositoryException e) {
            closeQuietly(c);
            throw e instanceof RepositoryException r ? r : ServerDatabase.translate((SQLException) e, server);
        }
    }

    /** True when the data folder has a repository already (nothing is opened or created to find out). */
    public static boolean exists(Path dataDir) {
        return java.nio.file.Files.isRegularFile(dataDir.resolve(Database.FILE_NAME));
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where the reports are, for the user: the H2 file, or the server address (never with a password). */
    public String location() {
        return server == null ? dataDir.resolve(Database.FILE_NAME).toString() : server.toString();
    }

    /** True for a team repository on a server (where a backup is not restored in place). */
    public boolean onServer() {
        return server != null;
    }

    /**
     * Saves the report as the newest revision of its agency's report of its year (filed on first save), and
     * returns it; when the content equals the current revision, nothing is written and that one is returned.
     * The revision is on disk when this returns. {@code source} is the imported file, or null.
     */
    public synchronized Revision saveRevision(AnnualReport report, String author, ImportSource source)
            throws RepositoryException {
        return saveRevision(report, author, source, RevisionWriter.ANY_REVISION);
    }

    /**
     * Saves an edit of revision number {@code basedOn} of the report (0: a report new to the repository), as
     * above; refused with {@link RepositoryException.Kind#CONFLICT} and nothing written when someone saved
     * another revision of it since: never a silent overwrite.
     */
    public synchronized Revision saveRevision(AnnualReport report, String author, ImportSource source, int basedOn)
            throws RepositoryException {
        return saveFile(report, author, source, basedOn).revision();
    }

    /**
     * Saves a report as {@link #saveRevision(AnnualReport, String, ImportSource, int)} does ({@code basedOn}
     * {@link #ANY_REVISION}: unchecked), and in the same transaction brings in what the report's
     * {@code review} carries (a {@code .nianbao} file that travelled: comments, done marks, status changes;
     * see {@link CarriedReview}), also when the content itself is unchanged.
     */
    public synchronized SavedFile saveFile(AnnualReport report, String author, ImportSource source, int basedOn)
            throws RepositoryException {
        return durably(() -> {
            RevisionWriter writer = new RevisionWriter(c, chain);
            Revision revision = writer.write(report, author, source, basedOn);
            if (revision == null) {
                revision = current(report);
            } else {
                writer.finish();
            }
            return new SavedFile(revision, FileReviews.carry(c, chain, Queries.report(c, revision.reportId()),
                    revision.id(), report.getReview()));
        });
    }

    /** {@code basedOn} for a save that checks nothing, as an import does. */
    public static final int ANY_REVISION = RevisionWriter.ANY_REVISION;

    /**
     * The current revision of a report as a {@code .nianbao} file takes it away: with its status, status log
     * and comments in the file's {@code review}, so that they travel with it (and come back with
     * {@link #saveFile}).
     */
    public synchronized AnnualReport checkout(long reportId) throws RepositoryException {
        ReportSummary summary = summary(reportId);
        AnnualReport report = load(summary.currentRevision());
        report.setReview(review(reportId));
        return report;
    }

    /**
     * A report's status, status log and comments as a {@code .nianbao} file carries them ({@code review});
     * null for a draft without history or comments.
     */
    public synchronized Review review(long reportId) throws RepositoryException {
        ReportSummary summary = summary(reportId);
        try {
            return FileReviews.of(summary.status(), Workflow.log(c, reportId), Workflow.comments(c, reportId));
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private ReportSummary summary(long reportId) throws RepositoryException {
        return report(reportId).orElseThrow(() -> Messages.exception(Kind.NOT_FOUND, null, "noReport", reportId));
    }

    /**
     * In a bulk import's transaction: brings in the review of an imported file (its report is in the
     * repository by then, as a new revision or as the content it already had).
     */
    CarriedReview carry(AnnualReport report) throws SQLException {
        ReportSummary summary = Queries.reports(c, report.getAgencyName(), report.getYear()).stream().findFirst()
                .orElse(null);
        return summary == null ? CarriedReview.NONE
                : FileReviews.carry(c, chain, summary, summary.currentRevision(), report.getReview());
    }

    /** Reports of an agency and/or a year; null matches any. */
    public synchronized List<ReportSummary> list(String agency, Integer year) throws RepositoryException {
        try {
            return Queries.reports(c, agency, year);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public synchronized Optional<ReportSummary> find(String agency, int year) throws RepositoryException {
        return list(agency, year).stream().findFirst();
    }

    public synchronized Optional<ReportSummary> report(long reportId) throws RepositoryException {
        try {
            return Optional.ofNullable(Queries.report(c, reportId));
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The revisions of one report, oldest first. */
    public synchronized List<Revision> history(long reportId) throws RepositoryException {
        try {
            return Queries.history(c, reportId);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Every revision of every report of one agency, by year, oldest first. */
    public synchronized List<Revision> agencyHistory(String agency) throws RepositoryException {
        try {
            return Queries.agencyHistory(c, agency);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The report as it was in one revision. */
    public synchronized AnnualReport load(long revisionId) throws RepositoryException {
        try {
            byte[] packed = Queries.content(c, revisionId);
            if (packed == null) {
                throw Messages.exception(Kind.NOT_FOUND, null, "noRevision", revisionId);
            }
            return Content.report(packed);
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw Messages.exception(Kind.CORRUPT, e, "corrupt", location(), e.getMessage());
        }
    }

    /** Changes a report's status as {@link #changeStatus} does, without naming who (a script, a test). */
    public synchronized void setStatus(long reportId, ReportStatus status) throws RepositoryException {
        changeStatus(reportId, status, null, null);
    }

    /**
     * Changes a report's status, as the workflow allows ({@link StatusFlow}; else refused with
     * {@link RepositoryException.Kind#REFUSED} and a message naming the statuses allowed), and appends who and
     * when to its hash-chained status log; the report's seal is written again, so a status changed outside
     * Nianbao shows. A return carries the open comments. Returns the change (null when the status stays).
     */
    public synchronized StatusLogEntry changeStatus(long reportId, ReportStatus status, String by, String comment)
            throws RepositoryException {
        return durably(() -> {
            Chains.lockForWrite(c);
            ReportSummary report = Queries.report(c, reportId);
            if (report == null) {
                throw Messages.exception(Kind.NOT_FOUND, null, "noReport", reportId);
            }
            return transition(report, status, by, comment);
        });
    }

    /** A report's status changes, oldest first. */
    public synchronized List<StatusLogEntry> statusLog(long reportId) throws RepositoryException {
        try {
            return Workflow.log(c, reportId);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** How often a report was returned (已退回) so far. */
    public synchronized int returnRounds(long reportId) throws RepositoryException {
        try {
            return Workflow.returnRounds(c, reportId);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Attaches a reviewer's comment to a report: its anchor (cell, finding or passage) and text are taken from
     * {@code comment}; the number, author, time and return round are given here. Returns the comment stored.
     */
    public synchronized ReviewComment addComment(long reportId, ReviewComment comment, String author)
            throws RepositoryException {
        return durably(() -> {
            Chains.lockForWrite(c);
            if (Queries.report(c, reportId) == null) {
                throw Messages.exception(Kind.NOT_FOUND, null, "noReport", reportId);
            }
            return Workflow.addComment(c, reportId, comment, author);
        });
    }

    /** A report's comments by number. */
    public synchronized List<ReviewComment> comments(long reportId) throws RepositoryException {
        try {
            return Workflow.comments(c, reportId);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Marks comment {@code number} of a report done by {@code by} (null: open again). */
    public synchronized void markDone(long reportId, int number, String by) throws RepositoryException {
        durably(() -> {
            Chains.lockForWrite(c);
            if (!Workflow.markDone(c, reportId, number, by)) {
                throw Messages.exception(Kind.NOT_FOUND, null, "noComment", number);
            }
            return null;
        });
    }

    /**
     * Commits the report as a person does in the workbench, in one transaction: the next revision (or the
     * current one when the content is unchanged), the status it is given, and a note with the comment, the
     * author and, for a report published with uncorrected errors, the reason ({@code overrideReason}, else null).
     */
    public synchronized Revision commitRevision(AnnualReport report, String author, String comment,
            ReportStatus status, String overrideReason) throws RepositoryException {
        return commit(report, author, comment, status, overrideReason).revision();
    }

    /**
     * As {@link #commitRevision}, and first brings in what the report's {@code review} carries (a
     * {@code .nianbao} file that travelled, see {@link #saveFile}); a report fetched from a web address and
     * not yet recorded with that address and time gets it as the revision's import source, as
     * {@code repo import} records it.
     */
    public synchronized SavedFile commit(AnnualReport report, String author, String comment, ReportStatus status,
            String overrideReason) throws RepositoryException {
        return durably(() -> {
            RevisionWriter writer = new RevisionWriter(c, chain);
            writer.fileNewReportsAs(ReportStatus.DRAFT);
            Revision revision = writer.write(report, author, fetchedSource(report), RevisionWriter.ANY_REVISION);
            if (revision == null) {
                revision = current(report);
            } else {
                writer.finish();
            }
            CarriedReview carried = FileReviews.carry(c, chain, Queries.report(c, revision.reportId()),
                    revision.id(), report.getReview());
            transition(Queries.report(c, revision.reportId()), status, author, comment);
            Notes.insert(c, revision.id(), status, comment, author, overrideReason);
            return new SavedFile(revision, carried);
        });
    }

    /**
     * The import source of a report fetched from a web address ({@code sourceUrl}, {@code retrieved}), named
     * as {@code repo import} names it, with the SHA-256 of the report as saved (the page itself is not kept);
     * null when the report was not fetched or a revision of it already names that address and time.
     */
    private ImportSource fetchedSource(AnnualReport report) throws SQLException, RepositoryException, IOException {
        FetchedFrom fetched = FetchedFrom.of(report);
        if (fetched == null) {
            return null;
        }
        String name = fetched.describe(fetched.fileName());
        if (Queries.hasSource(c, report.getAgencyName(), report.getYear(), name)) {
            return null;
        }
        return new ImportSource(name, Hashes.sha256(RevisionWriter.nativeBytes(report)));
    }

    /** The notes of a report's revisions, oldest first (a revision imported or saved without one has none). */
    public synchronized List<RevisionNote> notes(long reportId) throws RepositoryException {
        try {
            return Notes.of(c, reportId);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Takes a report off the list without deleting anything: its revisions stay in the hash chain (so
     * {@code repo verify} is unchanged) and a later revision lists it again.
     */
    public synchronized void withdraw(long reportId, String by) throws RepositoryException {
        durably(() -> {
            Chains.lockForWrite(c);
            Notes.withdraw(c, reportId, by);
            return null;
        });
    }

    /** The ids of the reports withdrawn and not saved again since. */
    public synchronized java.util.Set<Long> withdrawn() throws RepositoryException {
        try {
            return Notes.withdrawn(c);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Sets an agency's region code (行政区划代码, six digits) */
    public synchronized void setRegionCode(String agency, String regionCode) throws RepositoryException {
        if (regionCode != null && !regionCode.matches("\\d{6}(\\d{6})?")) {
            throw new IllegalArgumentException("region code must be 6 or 12 digits: " + regionCode);
        }
        update("UPDATE agency SET region_code = ? WHERE name = ?", regionCode, agency.strip());
    }

    /**
     * Replaces a region's roster and its deadlines as a whole, in one transaction: a roster that cannot be
     * saved leaves the previous one as it was.
     */
    public synchronized void saveRoster(Roster roster) throws RepositoryException {
        durably(() -> {
            Chains.lockForWrite(c);
            Rosters.replace(c, roster);
            return null;
        });
    }

    /**
     * The members of a team repository and their roles, by login; empty when nobody has a role (then every
     * step the workflow allows is open to everyone, as on the single PC).
     */
    public synchronized List<Member> members() throws RepositoryException {
        try {
            return Members.list(c);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Gives a database login a role in a team repository ({@code role} null: removes the member). Refused on
     * the single PC's H2 file, where the login is nobody in particular; once the repository has members, only
     * a reviewer may change them, and it keeps at least one reviewer.
     */
    public synchronized void changeMember(String login, MemberRole role, String unit) throws RepositoryException {
        if (server == null) {
            throw Messages.exception(Kind.REFUSED, null, "member.teamOnly", location());
        }
        durably(() -> {
            Chains.lockForWrite(c);
            Members.change(c, login, role, unit);
            return null;
        });
    }

    /** The database login this repository is open as (the identity roles are given to). */
    public synchronized String login() throws RepositoryException {
        try {
            return Members.login(c);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The roster of a region, if one was saved. */
    public synchronized Optional<Roster> roster(String region) throws RepositoryException {
        try {
            return Rosters.of(c, region);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The regions that have a roster, by name. */
    public synchronized List<String> rosterRegions() throws RepositoryException {
        try {
            return Rosters.regions(c);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Cell-wise sums over the current revisions of every report of the year. */
    public synchronized Rollup rollup(int year) throws RepositoryException {
        try {
            return Queries.rollup(c, year);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Checks the hash chain, every revision's content, the reports' seals and acceptances, the chain head and
     * the year totals; reports every difference and writes nothing.
     */
    public synchronized VerifyResult verify() throws RepositoryException {
        try {
            dialect.beginSnapshot(c);
            try {
                return new Verifier(c, chain).run();
            } finally {
                dialect.endSnapshot(c);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e);
        }
    }

    /** Rebuilds the derived year totals from the current revisions; returns the years that were wrong. */
    public synchronized java.util.SortedSet<Integer> repair() throws RepositoryException {
        return durably(() -> {
            Chains.lockForWrite(c);
            try {
                return Repair.run(c);
            } catch (IOException e) {
                // a revision whose content cannot be read: the repository is damaged, not the disk
                throw Messages.exception(Kind.CORRUPT, e, "corrupt", location(), e.getMessage());
            }
        });
    }

    /** The head of the chain, to pin: the newest link, the newest revision id and the mode. */
    public synchronized ChainHead chainHead() throws RepositoryException {
        try {
            ChainHead head = Chains.head(c);
            c.rollback();
            return head;
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e);
        }
    }

    /**
     * Switches to the keyed chain: makes the key file (0600) of this data folder and computes every link and
     * seal again with it, after a verify that found nothing (a changed history is not sealed).
     */
    public synchronized Path enableKey() throws RepositoryException {
        if (chain.isKeyed()) {
            throw Messages.exception(Kind.IO, null, "key.exists", KeyFile.of(dataDir));
        }
        VerifyResult before = verify();
        if (!before.ok()) {
            throw Messages.exception(Kind.CORRUPT, null, "key.notIntact", before.problems().get(0).messageEn());
        }
        Chain keyed;
        try {
            keyed = Chain.keyed(KeyFile.create(dataDir));
        } catch (IOException e) {
            throw Messages.exception(Kind.IO, e, "io", KeyFile.of(dataDir), e.getMessage());
        }
        boolean sealed = false;
        try {
            durably(() -> {
                Chains.lockForWrite(c);
                Rechain.run(c, keyed);
                return null;
            });
            sealed = true;
            chain = keyed;
            return KeyFile.of(dataDir);
        } finally {
            if (!sealed) {
                KeyFile.deleteUnused(dataDir);
            }
        }
    }

    /** Writes a consistent copy of the open repository to a zip (replaced only when complete). */
    public synchronized void backup(Path zip) throws RepositoryException {
        try {
            dialect.beginSnapshot(c);
            try {
                Backups.backup(c, chain, zip);
            } finally {
                dialect.endSnapshot(c);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e);
        }
    }

    /**
     * Replaces the repository of a data folder (not open anywhere) with a backup, after checking that the
     * backup opens and verifies; returns the file the replaced repository was moved to.
     */
    public static Path restore(Path dataDir, Path zip) throws RepositoryException {
        Path dir = DataFolders.checked(dataDir);
        return Backups.restore(dir, Chains.of(dir), zip);
    }

    /** The autosave journal of this data folder. */
    public Journal journal() {
        return Journal.in(dataDir);
    }

    /** For bulk import in this package: the connection, used under this object's lock. */
    Connection connection() {
        return c;
    }

    Chain chain() {
        return chain;
    }

    @Override
    public synchronized void close() {
        closeQuietly(c);
    }

    private Revision current(AnnualReport report) throws RepositoryException {
        return find(report.getAgencyName(), report.getYear()).map(this::currentRevision).orElseThrow();
    }

    private Revision currentRevision(ReportSummary summary) {
        try {
            List<Revision> all = Queries.history(c, summary.id());
            return all.get(all.size() - 1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object first, Object second) throws RepositoryException {
        durably(() -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Chains.lockForWrite(c);
                ps.setObject(1, first);
                ps.setObject(2, second);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forces committed revisions to the disk itself (not only to the system's cache): power-loss safe. */
    void sync() throws SQLException {
        dialect.sync(c);
    }

    /** A write in one transaction: committed and on disk when this returns, rolled back when it fails. */
    private interface Write<T> {
        T run() throws SQLException, IOException, RepositoryException;
    }

    private <T> T durably(Write<T> write) throws RepositoryException {
        try {
            T result = write.run();
            c.commit();
            sync();
            return result;
        } catch (SQLException | IOException e) {
            rollbackQuietly();
            throw e instanceof SQLException s ? fail(s) : Messages.exception(Kind.IO, e, "io", location(), e.getMessage());
        } catch (RepositoryException | RuntimeException | Error e) {
            // also a fault of ours: what the write did so far must not wait in the open transaction for the
            // next commit (BulkImport's fault test shows what that leaves behind)
            rollbackQuietly();
            throw e;
        }
    }

    private StatusLogEntry transition(ReportSummary report, ReportStatus status, String by, String comment)
            throws SQLException, RepositoryException {
        ReportStatus from = report.status();
        if (from == status) {
            return null;
        }
        StatusFlow.check(report.agency(), report.year(), from, status);
        Members.checkStep(c, report, status);
        writeStatus(report.id(), status);
        return Workflow.append(c, chain, report.id(), report.currentRevision(), from, status, by, comment);
    }

    private void writeStatus(long reportId, ReportStatus status) throws SQLException, RepositoryException {
        Chains.lockForWrite(c);
        Chains.checkWritable(c, chain);
        FileReviews.setStatus(c, chain, reportId, status);
    }

    void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is broken; the next call reports it
        }
    }

    /** A database error as the user should read it, for this repository's back end. */
    RepositoryException fail(SQLException e) {
        return server == null ? fail(e, dataDir) : ServerDatabase.translate(e, server);
    }

    private static RepositoryException fail(SQLException e, Path dir) {
        return Database.translate(e, dir.resolve(Database.NAME));
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to save
        }
    }
}
