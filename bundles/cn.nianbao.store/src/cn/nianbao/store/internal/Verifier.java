package cn.nianbao.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.Problem;
import cn.nianbao.store.VerifyResult;

/**
 * Reads every revision in chain order and checks its content hash and its link (which covers agency, year,
 * author, time, content, import source and acceptances) to the one before; checks each report's seal (status,
 * current revision), revision numbers and acceptance rows, the recorded chain head and mode, and the year
 * totals. Writes nothing: a difference is reported, rebuilding the year totals is {@link Repair}. Reading
 * everything is also the database check: a damaged page fails the read.
 */
public final class Verifier {

    /** Everything a link covers, by revision id, with the stored links and the content last. */
    static final String RECORDS = "SELECT v.id, v.report_id, v.rev_number, a.name, r.report_year, v.author,"
            + " v.saved_at, v.content_hash, s.file_name, s.file_hash, v.acceptances, v.content, v.prev_hash,"
            + " v.chain_hash FROM revision v LEFT JOIN report r ON r.id = v.report_id"
            + " LEFT JOIN agency a ON a.id = r.agency_id LEFT JOIN import_source s ON s.revision_id = v.id"
            + " ORDER BY v.id";
    private static final String REPORT_ROWS = "SELECT r.id, a.name, r.report_year, r.template, r.status,"
            + " r.current_revision, r.revisions, v.chain_hash, r.seal, v.acceptances FROM report r"
            + " JOIN agency a ON a.id = r.agency_id LEFT JOIN revision v ON v.id = r.current_revision ORDER BY r.id";
    private static final String NUMBERS = "SELECT r.id, r.revisions, r.current_revision, COUNT(v.id),"
            + " MIN(v.rev_number), MAX(v.rev_number), MAX(v.id) FROM report r"
            + " LEFT JOIN revision v ON v.report_id = r.id GROUP BY r.id, r.revisions, r.current_revision ORDER BY r.id";

    private final Connection c;
    private final Chain chain;
    private final List<Problem> problems = new ArrayList<>();
    private final YearTotals computed = new YearTotals();
    private final Map<Long, String> acceptanceDigests = new HashMap<>();
    private boolean checkLinks = true;

    public Verifier(Connection c, Chain chain) {
        this.c = c;
        this.chain = chain;
    }

    public VerifyResult run() throws SQLException {
        try {
            checkMode();
            Set<Long> current = currentRevisions();
            int revisions = checkChain(current);
            int reports = checkReports();
            checkAcceptances();
            problems.addAll(Workflow.verify(c, chain));
            if (!YearTotals.same(computed.snapshot(), YearTotals.stored(c))) {
                problems.add(Messages.problem("verify.rollup2", YearTotals.differingYears(computed.snapshot(),
                        YearTotals.stored(c))));
            }
            return new VerifyResult(reports, revisions, List.copyOf(problems));
        } finally {
            c.rollback(); // nothing was written; ends the read transaction
        }
    }

    private void checkMode() throws SQLException {
        String broken = Meta.get(c, SchemaV2.V1_BROKEN);
        if (broken != null) {
            problems.add(Messages.problem("verify.v1Broken", broken));
        }
        String recorded = Chains.recordedMode(c);
        if (recorded == null || recorded.equals(chain.mode()) || !Chains.hasLinks(c)) {
            return;
        }
        checkLinks = false;
        problems.add(Messages.problem(recorded.startsWith(Chain.KEYED) ? "verify.noKey" : "verify.notKeyed",
                recorded, chain.mode()));
    }

    private Set<Long> currentRevisions() throws SQLException {
        Set<Long> ids = new java.util.HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_revision FROM report WHERE current_revision IS NOT NULL")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private int checkChain(Set<Long> current) throws SQLException {
        String previous = Hashes.GENESIS;
        long lastId = 0;
        int count = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(RECORDS)) {
            while (rs.next()) {
                count++;
                long id = rs.getLong(1);
                String where = rs.getString(4) + " " + rs.getInt(5);
                checkContent(id, where, rs.getString(8), rs.getBytes(12), current.contains(id));
                if (checkLinks && (!previous.equals(rs.getString(13))
                        || !chain.link(previous, record(rs, rs.getString(11))).equals(rs.getString(14)))) {
                    problems.add(Messages.problem("verify.link", id, where));
                }
                previous = rs.getString(14);
                lastId = id;
            }
        }
        String head = Meta.get(c, Meta.CHAIN_HEAD);
        String recordedId = Meta.get(c, Meta.CHAIN_LAST_ID);
        if ((head == null || recordedId == null) && count > 0) {
            problems.add(Messages.problem("verify.headMissing", lastId));
        } else if (head != null && recordedId != null
                && (!head.equals(previous) || !recordedId.equals(Long.toString(lastId)))) {
            long recorded = parseOr(recordedId, -1);
            problems.add(Messages.problem(recorded > lastId ? "verify.headAhead"
                    : recorded < lastId ? "verify.headBehind" : "verify.headChanged", lastId, recordedId));
        }
        return count;
    }

    private static long parseOr(String number, long otherwise) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The record of the row read by {@link #RECORDS}, with the acceptance digest given. */
    static Chain.RevisionRecord record(ResultSet rs, String acceptances) throws SQLException {
        return new Chain.RevisionRecord(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), Rechain.millis(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10), acceptances);
    }

    private void checkContent(long id, String where, String hash, byte[] packed, boolean isCurrent) {
        try {
            byte[] plain = Content.unpack(packed);
            if (!Hashes.sha256(plain).equals(hash)) {
                problems.add(Messages.problem("verify.content", id, where));
            } else if (isCurrent) {
                AnnualReport report = NativeFormat.fromBytes(plain);
                computed.add(report);
                acceptanceDigests.put(id, Acceptances.digest(report));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Messages.problem("verify.unreadable", id, String.valueOf(e.getMessage())));
        }
    }

    private int checkReports() throws SQLException {
        int count = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(NUMBERS)) {
            while (rs.next()) {
                count++;
                long id = rs.getLong(1);
                int n = rs.getInt(4);
                if (n != rs.getInt(2) || (n > 0 && (rs.getInt(5) != 1 || rs.getInt(6) != n))) {
                    problems.add(Messages.problem("verify.numbers", id));
                }
                if (rs.getLong(3) != rs.getLong(7)) {
                    problems.add(Messages.problem("verify.current", id, rs.getLong(3), rs.getLong(7)));
                }
            }
        }
        if (!checkLinks) {
            return count;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(REPORT_ROWS)) {
            while (rs.next()) {
                if (!Chains.sealOf(chain, rs).equals(rs.getString(9))) {
                    problems.add(Messages.problem("verify.seal", rs.getLong(1), rs.getString(2) + " " + rs.getInt(3)));
                }
            }
        }
        return count;
    }

    /** The acceptance rows of each current revision are the ones it was saved with, and there are no others. */
    private void checkAcceptances() throws SQLException {
        Map<Long, String> stored = new HashMap<>();
        Map<Long, Long> reportOf = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(REPORT_ROWS)) {
            while (rs.next()) {
                if (rs.getObject(6) != null) {
                    stored.put(rs.getLong(6), rs.getString(10));
                    reportOf.put(rs.getLong(6), rs.getLong(1));
                }
            }
        }
        Set<Long> wrong = new TreeSet<>(Acceptances.strayRows(c));
        Map<Long, String> digests = Acceptances.digests(c);
        for (Map.Entry<Long, String> e : stored.entrySet()) {
            String rows = digests.getOrDefault(e.getKey(), Acceptances.EMPTY);
            String fromContent = acceptanceDigests.get(e.getKey());
            if (!rows.equals(e.getValue()) || (fromContent != null && !fromContent.equals(e.getValue()))) {
                wrong.add(reportOf.get(e.getKey()));
            }
        }
        for (long report : wrong) {
            problems.add(Messages.problem("verify.acceptances", report));
        }
    }

    static boolean same(Object[] a, Object[] b) {
        if (a == null || b == null) {
            return a == b || (a == null && ((Integer) b[1]) == 0) || (b == null && ((Integer) a[1]) == 0);
        }
        return ((BigDecimal) a[0]).compareTo((BigDecimal) b[0]) == 0 && a[1].equals(b[1]);
    }
}
