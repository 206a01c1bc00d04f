package cn.nianbao.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ImportSource;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.Revision;

/**
 * Writes revisions inside one transaction of the caller: finds or files the agency and the report, appends
 * the revision to the hash chain, records the import source and acceptances, and keeps the year totals.
 * {@link #finish()} stores the chain head and the totals; the caller commits. The writer takes the write lock
 * ({@link Chains#lockForWrite}) before it reads the chain head, so concurrent writers append one after the other.
 */
public final class RevisionWriter {

    private final Connection c;
    private final AgencyCache agencies;
    private final YearTotals totals = new YearTotals();
    private final Chain chain;
    private long lastId;
    private String head;
    private ReportStatus filedAs;

    public RevisionWriter(Connection c, Chain chain) throws SQLException, RepositoryException {
        this.c = c;
        this.chain = chain;
        this.agencies = new AgencyCache(c);
        begin();
    }

    /**
     * After the caller committed a batch, to write on in a new transaction: takes the write lock again and
     * reads the chain head again (on a server, another client may have appended in between).
     */
    public void begin() throws SQLException, RepositoryException {
        Chains.lockForWrite(c);
        Chains.checkWritable(c, chain);
        String id = Meta.get(c, Meta.CHAIN_LAST_ID);
        this.lastId = id == null ? 0 : Long.parseLong(id);
        String h = Meta.get(c, Meta.CHAIN_HEAD);
        this.head = h == null ? Hashes.GENESIS : h;
    }

    /**
     * The status a report new to the repository is filed with, whatever the source: a person's commit files
     * it as a draft even when it was fetched. Unset, a report is filed where the review of its file starts,
     * else as published when imported from a file and as a draft otherwise.
     */
    public void fileNewReportsAs(ReportStatus status) {
        this.filedAs = status;
    }

    /** {@code basedOn} for a save that checks nothing: the import of a file, a restore. */
    public static final int ANY_REVISION = -1;

    /** Writes the report as a new revision, or returns null when its content equals the current one. */
    public Revision write(AnnualReport report, String author, ImportSource source)
            throws SQLException, RepositoryException, IOException {
        return write(report, author, source, ANY_REVISION);
    }

    /**
     * As above, for an edit of revision {@code basedOn} (0: a report that was not in the repository): refused
     * with {@link Kind#CONFLICT} when the report's current revision is another one by then, so that no one's
     * save silently replaces a revision they have not seen.
     */
    public Revision write(AnnualReport report, String author, ImportSource source, int basedOn)
            throws SQLException, RepositoryException, IOException {
        byte[] plain = nativeBytes(report);
        return write(report, plain, Hashes.sha256(plain), author, Instant.now(), source, basedOn);
    }

    /** The native bytes of a report; a report the XMI writer refuses (a control character) is invalid. */
    public static byte[] nativeBytes(AnnualReport report) throws RepositoryException, IOException {
        try {
            return NativeFormat.toBytes(withoutReview(report));
        } catch (RuntimeException e) {
            throw Messages.exception(Kind.INVALID_REPORT, e, "invalidContent", e.getMessage());
        }
    }

    /**
     * The report without the workflow a file may carry: in the repository the status and comments live in
     * tables of their own, so that a comment or a status does not make a new revision of the content.
     */
    private static AnnualReport withoutReview(AnnualReport report) {
        if (report.getReview() == null) {
            return report;
        }
        AnnualReport copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(report);
        copy.setReview(null);
        return copy;
    }

    public Revision write(AnnualReport report, byte[] plain, String contentHash, String author, ImportSource source)
            throws SQLException, RepositoryException, IOException {
        return write(report, plain, contentHash, author, Instant.now(), source);
    }

    /** As above, saved at a given time (a restore keeps the times of the backup). */
    public Revision write(AnnualReport report, byte[] plain, String contentHash, String author, Instant savedAt,
            ImportSource source) throws SQLException, RepositoryException, IOException {
        return write(report, plain, contentHash, author, savedAt, source, ANY_REVISION);
    }

    private Revision write(AnnualReport report, byte[] plain, String contentHash, String author, Instant savedAt,
            ImportSource source, int basedOn) throws SQLException, RepositoryException, IOException {
        if (report.getAgencyName() == null || report.getAgencyName().isBlank()) {
            throw Messages.exception(Kind.INVALID_REPORT, null, "noAgency");
        }
        if (report.getYear() <= 0) {
            throw Messages.exception(Kind.INVALID_REPORT, null, "noYear");
        }
        long agencyId = agencies.idOf(report);
        ReportRow row = ReportRow.find(c, agencyId, report.getYear());
        if (row != null && contentHash.equals(row.currentHash())) {
            return null;
        }
        if (basedOn != ANY_REVISION && basedOn != (row == null ? 0 : row.revisions())) {
            throw row == null ? Messages.exception(Kind.NOT_FOUND, null, "noReport",
                    report.getAgencyName().strip() + " " + report.getYear()) : Conflicts.exception(c, row.id(), report, basedOn);
        }
        if (row == null) {
            row = ReportRow.insert(c, agencyId, report, initialStatus(report, source));
        } else if (row.currentRevision() > 0) {
            totals.subtract(Content.report(row.currentContent()));
        }
        long id = ++lastId;
        int number = row.revisions() + 1;
        Instant saved = savedAt.truncatedTo(ChronoUnit.MILLIS);
        String acceptances = Acceptances.digest(report);
        String link = this.chain.link(head, new Chain.RevisionRecord(id, row.id(), number,
                report.getAgencyName().strip(), report.getYear(), author, saved.toEpochMilli(), contentHash,
                source == null ? null : source.fileName(), source == null ? null : source.fileHash(), acceptances));
        insertRevision(id, row.id(), number, author, saved, contentHash, link, acceptances, Content.pack(plain));
        if (source != null) {
            insertSource(id, source);
        }
        row.update(c, this.chain, id, number, saved, report, link);
        Acceptances.replace(c, row.id(), id, report, row.revisions() > 0);
        totals.add(report);
        head = link;
        return new Revision(id, row.id(), number, author, saved, contentHash, link,
                source == null ? null : source.fileName());
    }

    private ReportStatus initialStatus(AnnualReport report, ImportSource source) {
        if (filedAs != null) {
            return filedAs;
        }
        ReportStatus start = FileReviews.startOf(report.getReview());
        return start != null ? start : source == null ? ReportStatus.DRAFT : ReportStatus.PUBLISHED;
    }

    public void finish() throws SQLException {
        totals.flush(c);
        Meta.put(c, Meta.CHAIN_LAST_ID, Long.toString(lastId));
        Meta.put(c, Meta.CHAIN_HEAD, head);
        Meta.put(c, Meta.CHAIN_MODE, chain.mode());
    }

    /** True when some revision of the repository already has this content. */
    public boolean contains(String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM revision WHERE content_hash = ? LIMIT 1")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void insertRevision(long id, long reportId, int number, String author, Instant saved, String hash,
            String link, String acceptances, byte[] packed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (id, report_id, rev_number, author,"
                + " saved_at, content_hash, prev_hash, chain_hash, content, acceptances)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, reportId);
            ps.setInt(3, number);
            ps.setString(4, author);
            ps.setObject(5, OffsetDateTime.ofInstant(saved, ZoneOffset.UTC));
            ps.setString(6, hash);
            ps.setString(7, head);
            ps.setString(8, link);
            ps.setBytes(9, packed);
            ps.setString(10, acceptances);
            ps.executeUpdate();
        }
    }

    private void insertSource(long revisionId, ImportSource source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_source (revision_id, file_name, file_hash) VALUES (?, ?, ?)")) {
            ps.setLong(1, revisionId);
            ps.setString(2, source.fileName());
            ps.setString(3, source.fileHash());
            ps.executeUpdate();
        }
    }
}
