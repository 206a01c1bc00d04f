package cn.nianbao.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * The links are computed here, in memory, one after the other; the rows are sent in batches
 * ({@link PendingWrites}). {@link #finish()} sends what is left and stores the chain head and the totals; the
 * caller commits. The writer takes the write lock ({@link Chains#lockForWrite}) before it reads the chain
 * head, so concurrent writers append one after the other. A bulk import tells the writer its next files
 * first ({@link #knownContents}, {@link #prepare}), so that it looks them up and files them in a few statements.
 */
public final class RevisionWriter {

    private final Connection c;
    private final AgencyCache agencies;
    private final YearTotals totals = new YearTotals();
    private final PendingWrites pending;
    /** Report rows as this writer left them, while their rows are pending (cleared when they are sent). */
    private final Map<ReportRow.Key, ReportRow> rows = new HashMap<>();
    private final Chain chain;
    private long lastId;
    private String head;
    private ReportStatus filedAs;
    private final Dialect dialect;
    /** Calls of {@link #begin} so far: the constructor's, then one after each commit of the caller. */
    private int begun;

    public RevisionWriter(Connection c, Chain chain) throws SQLException, RepositoryException {
        this.c = c;
        this.chain = chain;
        this.agencies = new AgencyCache(c);
        this.dialect = Dialect.of(c);
        this.pending = new PendingWrites(c, dialect);
        begin();
    }

    /**
     * After the caller committed a batch, to write on in a new transaction: takes the write lock again and
     * reads the chain head again (on a server, another client may have appended in between).
     */
    public void begin() throws SQLException, RepositoryException {
        rows.clear();
        if (begun > 0 && Integer.bitCount(begun) == 1) {
            // after the 1st, 2nd, 4th, 8th... commit: the statistics stay within twice what the import added
            dialect.renewImportStatistics(c);
        }
        begun++;
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
        return write(report, Content.pack(plain), Hashes.sha256(plain), author, Instant.now(), source, basedOn);
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

    /**
     * As above, with the report's native bytes already packed ({@link Content#pack}) and hashed (of the bytes
     * before packing).
     */
    public Revision write(AnnualReport report, byte[] packed, String contentHash, String author, ImportSource source)
            throws SQLException, RepositoryException, IOException {
        return write(report, packed, contentHash, author, Instant.now(), source);
    }

    /** As above, saved at a given time (a restore keeps the times of the backup). */
    public Revision write(AnnualReport report, byte[] packed, String contentHash, String author, Instant savedAt,
            ImportSource source) throws SQLException, RepositoryException, IOException {
        return write(report, packed, contentHash, author, savedAt, source, ANY_REVISION);
    }

    /** The content hashes of {@code hashes} that some revision of the repository has, in a few statements. */
    public Set<String> knownContents(Collection<String> hashes) throws SQLException {
        Set<String> known = new HashSet<>();
        KeyLookup.select(c, "SELECT content_hash FROM revision WHERE content_hash IN (?)", hashes,
                rs -> known.add(rs.getString(1)));
        return known;
    }

    /**
     * Before writing these reports (each with an agency and a year): looks up their agencies and report rows,
     * and files those not in the repository yet (a new report with {@code status}), in a few statements for
     * all of them instead of a few for each.
     */
    public void prepare(List<AnnualReport> reports, ReportStatus status) throws SQLException {
        Set<Long> newAgencies = agencies.fileAll(reports);
        Map<ReportRow.Key, AnnualReport> wanted = new LinkedHashMap<>();
        for (AnnualReport report : reports) {
            ReportRow.Key key = new ReportRow.Key(agencies.idOf(report), report.getYear());
            if (!rows.containsKey(key)) {
                wanted.putIfAbsent(key, report);
            }
        }
        Set<Long> agencyIds = new HashSet<>();
        wanted.keySet().forEach(key -> agencyIds.add(key.agencyId()));
        agencyIds.removeAll(newAgencies);
        ReportRow.findAll(c, agencyIds, rows);
        wanted.keySet().removeAll(rows.keySet());
        if (!wanted.isEmpty()) {
            Map<ReportStatus, Map<ReportRow.Key, AnnualReport>> byStatus = new LinkedHashMap<>();
            wanted.forEach((key, report) -> byStatus
                    .computeIfAbsent(initialStatus(report, status), s -> new LinkedHashMap<>()).put(key, report));
            for (Map.Entry<ReportStatus, Map<ReportRow.Key, AnnualReport>> filed : byStatus.entrySet()) {
                ReportRow.insertAll(c, filed.getValue(), filed.getKey());
            }
            agencyIds.clear();
            wanted.keySet().forEach(key -> agencyIds.add(key.agencyId()));
            ReportRow.findAll(c, agencyIds, rows);
        }
    }

    private Revision write(AnnualReport report, byte[] packed, String contentHash, String author, Instant savedAt,
            ImportSource source, int basedOn) throws SQLException, RepositoryException, IOException {
        if (report.getAgencyName() == null || report.getAgencyName().isBlank()) {
            throw Messages.exception(Kind.INVALID_REPORT, null, "noAgency");
        }
        if (report.getYear() <= 0) {
            throw Messages.exception(Kind.INVALID_REPORT, null, "noYear");
        }
        ReportRow.Key key = new ReportRow.Key(agencies.idOf(report), report.getYear());
        ReportRow row = rows.containsKey(key) ? rows.get(key) : ReportRow.find(c, key.agencyId(), key.year());
        if (row != null && contentHash.equals(row.currentHash())) {
            return null;
        }
        if (basedOn != ANY_REVISION && basedOn != (row == null ? 0 : row.revisions())) {
            throw row == null ? Messages.exception(Kind.NOT_FOUND, null, "noReport",
                    report.getAgencyName().strip() + " " + report.getYear()) : Conflicts.exception(c, row.id(), report, basedOn);
        }
        if (row == null) {
            row = ReportRow.insert(c, key.agencyId(), report, initialStatus(report, source));
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
        String template = report.getTemplateVersion().getLiteral();
        String seal = chain.seal(row.id(), report.getAgencyName().strip(), report.getYear(), template, row.status(), id,
                number, link);
        pending.add(new PendingWrites.RevisionRow(id, row.id(), number, author, saved, contentHash, head, link,
                acceptances, packed, source), report, template, seal, row.revisions() > 0);
        rows.put(key, row.withCurrent(id, number, contentHash, packed));
        if (pending.full()) {
            send();
        }
        totals.add(report);
        head = link;
        return new Revision(id, row.id(), number, author, saved, contentHash, link,
                source == null ? null : source.fileName());
    }

    private ReportStatus initialStatus(AnnualReport report, ImportSource source) {
        return initialStatus(report, source == null ? ReportStatus.DRAFT : ReportStatus.PUBLISHED);
    }

    private ReportStatus initialStatus(AnnualReport report, ReportStatus otherwise) {
        if (filedAs != null) {
            return filedAs;
        }
        ReportStatus start = FileReviews.startOf(report.getReview());
        return start != null ? start : otherwise;
    }

    /** Sends the pending rows now, for a reader in the same transaction (a file's review carried in). */
    public void flush() throws SQLException {
        send();
    }

    /** Sends the pending rows; the rows known so far are read again from the database when needed. */
    private void send() throws SQLException {
        pending.send();
        rows.clear();
    }

    public void finish() throws SQLException {
        send();
        totals.flush(c);
        Meta.put(c, Meta.CHAIN_LAST_ID, Long.toString(lastId));
        Meta.put(c, Meta.CHAIN_HEAD, head);
        Meta.put(c, Meta.CHAIN_MODE, chain.mode());
    }
}
