package cn.nianbao.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.internal.Backups;
import cn.nianbao.store.internal.Chain;
import cn.nianbao.store.internal.Chains;
import cn.nianbao.store.internal.KeyFile;
import cn.nianbao.store.internal.Rechain;
import cn.nianbao.store.internal.Repair;
import cn.nianbao.store.internal.Content;
import cn.nianbao.store.internal.DataFolders;
import cn.nianbao.store.internal.Database;
import cn.nianbao.store.internal.Messages;
import cn.nianbao.store.internal.Notes;
import cn.nianbao.store.internal.Queries;
import cn.nianbao.store.internal.RevisionWriter;
import cn.nianbao.store.internal.Schema;
import cn.nianbao.store.internal.Verifier;

/**
 * The report repository of one data folder: every agency's reports by year, every saved revision in a hash
 * chain, acceptances, import sources and year totals, in the embedded H2 file {@code repository.mv.db}.
 * One process at a time has it open (H2's file lock); the methods are synchronized for threads. Every
 * failure is a {@link RepositoryException} with a message for the user.
 */
public final class ReportRepository implements AutoCloseable {

    private final Path dataDir;
    private final Connection c;
    private Chain chain;

    private ReportRepository(Path dataDir, Connection c, Chain chain) {
        this.dataDir = dataDir;
        this.c = c;
        this.chain = chain;
    }

    /** Opens (or creates) the repository of a data folder and brings its schema up to date. */
    public static ReportRepository open(Path dataDir) throws RepositoryException {
        Path dir = DataFolders.checked(dataDir);
        Chain chain = Chains.of(dir);
        Connection c = Database.open(dir);
        try {
            Schema.migrate(c, dir.resolve(Database.NAME));
            DataFolders.makePrivate(dir);
            return new ReportRepository(dir, c, chain);
        } catch (SQLException | RepositoryException e) {
            closeQuietly(c);
            throw e instanceof RepositoryException r ? r : fail((SQLException) e, dir);
        }
    }

    /** True when the data folder has a repository already (nothing is opened or created to find out). */
    public static boolean exists(Path dataDir) {
        return java.nio.file.Files.isRegularFile(dataDir.resolve(Database.FILE_NAME));
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Saves the report as the newest revision of its agency's report of its year (filed on first save), and
     * returns it; when the content equals the current revision, nothing is written and that one is returned.
     * The revision is on disk when this returns. {@code source} is the imported file, or null.
     */
    public synchronized Revision saveRevision(AnnualReport report, String author, ImportSource source)
            throws RepositoryException {
        return durably(() -> {
            RevisionWriter writer = new RevisionWriter(c, chain);
            Revision revision = writer.write(report, author, source);
            if (revision == null) {
                return find(report.getAgencyName(), report.getYear()).map(this::currentRevision).orElseThrow();
            }
            writer.finish();
            return revision;
        });
    }

    /** Reports of an agency and/or a year; null matches any. */
    public synchronized List<ReportSummary> list(String agency, Integer year) throws RepositoryException {
        try {
            return Queries.reports(c, agency, year);
        } catch (SQLException e) {
            throw fail(e, dataDir);
        }
    }

    public synchronized Optional<ReportSummary> find(String agency, int year) throws RepositoryException {
        return list(agency, year).stream().findFirst();
    }

    public synchronized Optional<ReportSummary> report(long reportId) throws RepositoryException {
        try {
            return Optional.ofNullable(Queries.report(c, reportId));
        } catch (SQLException e) {
            throw fail(e, dataDir);
        }
    }

    /** The revisions of one report, oldest first. */
    public synchronized List<Revision> history(long reportId) throws RepositoryException {
        try {
            return Queries.history(c, reportId);
        } catch (SQLException e) {
            throw fail(e, dataDir);
        }
    }

    /** Every revision of every report of one agency, by year, oldest first. */
    public synchronized List<Revision> agencyHistory(String agency) throws RepositoryException {
        try {
            return Queries.agencyHistory(c, agency);
        } catch (SQLException e) {
            throw fail(e, dataDir);
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
            throw fail(e, dataDir);
        } catch (IOException e) {
            throw Messages.exception(Kind.CORRUPT, e, "corrupt", dataDir.resolve(Database.FILE_NAME), e.getMessage());
        }
    }

    /** Sets a report's status; its seal is written again, so a status changed outside Nianbao shows. */
    public synchronized void setStatus(long reportId, ReportStatus status) throws RepositoryException {
        try {
            writeStatus(reportId, status);
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, dataDir);
        } catch (RepositoryException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * Commits the report as a person does in the workbench, in one transaction: the next revision (or the
     * current one when the content is unchanged), the status it is given, and a note with the comment, the
     * author and, for a report published with uncorrected errors, the reason ({@code overrideReason}, else null).
     */
    public synchronized Revision commitRevision(AnnualReport report, String author, String comment,
            ReportStatus status, String overrideReason) throws RepositoryException {
        return durably(() -> {
            RevisionWriter writer = new RevisionWriter(c, chain);
            Revision revision = writer.write(report, author, null);
            if (revision == null) {
                revision = find(report.getAgencyName(), report.getYear()).map(this::currentRevision).orElseThrow();
            } else {
                writer.finish();
            }
            writeStatus(revision.reportId(), status);
            Notes.insert(c, revision.id(), status, comment, author, overrideReason);
            return revision;
        });
    }

    /** The notes of a report's revisions, oldest first (a revision imported or saved without one has none). */
    public synchronized List<RevisionNote> notes(long reportId) throws RepositoryException {
        try {
            return Notes.of(c, reportId);
        } catch (SQLException e) {
            throw fail(e, dataDir);
        }
    }

    /**
     * Takes a report off the list without deleting anything: its revisions stay in the hash chain (so
     * {@code repo verify} is unchanged) and a later revision lists it again.
     */
    public synchronized void withdraw(long reportId, String by) throws RepositoryException {
        try {
            Notes.withdraw(c, reportId, by);
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, dataDir);
        }
    }

    /** The ids of the reports withdrawn and not saved again since. */
    public synchronized java.util.Set<Long> withdrawn() throws RepositoryException {
        try {
            return Notes.withdrawn(c);
        } catch (SQLException e) {
            throw fail(e, dataDir);
        }
    }

    /** Sets an agency's region code (行政区划代码, six digits) */
    public synchronized void setRegionCode(String agency, String regionCode) throws RepositoryException {
        if (regionCode != null && !regionCode.matches("\\d{6}(\\d{6})?")) {
            throw new IllegalArgumentException("region code must be 6 or 12 digits: " + regionCode);
        }
        update("UPDATE agency SET region_code = ? WHERE name = ?", regionCode, agency.strip());
    }

    /** Cell-wise sums over the current revisions of every report of the year. */
    public synchronized Rollup rollup(int year) throws RepositoryException {
        try {
            return Queries.rollup(c, year);
        } catch (SQLException e) {
            throw fail(e, dataDir);
        }
    }

    /**
     * Checks the hash chain, every revision's content, the reports' seals and acceptances, the chain head and
     * the year totals; reports every difference and writes nothing.
     */
    public synchronized VerifyResult verify() throws RepositoryException {
        try {
            return new Verifier(c, chain).run();
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, dataDir);
        }
    }

    /** Rebuilds the derived year totals from the current revisions; returns the years that were wrong. */
    public synchronized java.util.SortedSet<Integer> repair() throws RepositoryException {
        try {
            java.util.SortedSet<Integer> years = Repair.run(c);
            c.commit();
            sync();
            return years;
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, dataDir);
        } catch (IOException e) {
            rollbackQuietly();
            throw Messages.exception(Kind.CORRUPT, e, "corrupt", dataDir.resolve(Database.FILE_NAME), e.getMessage());
        }
    }

    /** The head of the chain, to pin: the newest link, the newest revision id and the mode. */
    public synchronized ChainHead chainHead() throws RepositoryException {
        try {
            ChainHead head = Chains.head(c);
            c.rollback();
            return head;
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, dataDir);
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
        boolean created = false;
        boolean sealed = false;
        try {
            Chain keyed = Chain.keyed(KeyFile.create(dataDir));
            created = true;
            Rechain.run(c, keyed);
            c.commit();
            sync();
            sealed = true;
            chain = keyed;
            return KeyFile.of(dataDir);
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, dataDir);
        } catch (IOException e) {
            rollbackQuietly();
            throw Messages.exception(Kind.IO, e, "io", KeyFile.of(dataDir), e.getMessage());
        } finally {
            if (created && !sealed) {
                KeyFile.deleteUnused(dataDir);
            }
        }
    }

    /** Writes a consistent copy of the open repository to a zip (replaced only when complete). */
    public synchronized void backup(Path zip) throws RepositoryException {
        Backups.backup(c, chain, zip);
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

    private Revision currentRevision(ReportSummary summary) {
        try {
            List<Revision> all = Queries.history(c, summary.id());
            return all.get(all.size() - 1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
            throw e instanceof SQLException s ? fail(s, dataDir) : Messages.exception(Kind.IO, e, "io", dataDir, e.getMessage());
        } catch (RepositoryException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void writeStatus(long reportId, ReportStatus status) throws SQLException, RepositoryException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET status = ? WHERE id = ?")) {
            Chains.checkWritable(c, chain);
            ps.setString(1, status.name());
            ps.setLong(2, reportId);
            ps.executeUpdate();
            Chains.reseal(c, chain, reportId);
        }
    }

    private void update(String sql, Object first, Object second) throws RepositoryException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            ps.setObject(2, second);
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, dataDir);
        }
    }

    /** Forces committed revisions to the disk itself (not only to the system's cache): power-loss safe. */
    void sync() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("CHECKPOINT SYNC")) {
            ps.execute();
        }
    }

    void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is broken; the next call reports it
        }
    }

    static RepositoryException fail(SQLException e, Path dir) {
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
