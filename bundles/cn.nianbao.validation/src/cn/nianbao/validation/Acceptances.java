package cn.nianbao.validation;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.Acceptance;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.validation.support.CellIndex;

/**
 * A reviewer's acceptance of a WARNING or INFO, stored with the report (AnnualReport.acceptances). It
 * holds while the finding is the same: same rule, same cells, and the same fingerprint, i.e. the values
 * of those cells as printed and the expected/actual values of the finding at the time of acceptance
 * (for a finding without cells, a hash of its message stands in). Editing any of the cells, or the text
 * a prose finding quotes, reopens it. An ERROR cannot be accepted: it has to be corrected.
 */
public final class Acceptances {

    private Acceptances() {
    }

    /**
     * Records the acceptance in the report (replacing an earlier one of the same finding) and returns it.
     *
     * @throws IllegalArgumentException for an ERROR or an empty reason
     */
    public static Acceptance accept(AnnualReport report, Diagnostic diagnostic, String reason, String author) {
        if (diagnostic.severity() == Severity.ERROR) {
            throw new IllegalArgumentException("an ERROR cannot be accepted, only corrected: " + diagnostic.ruleId());
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an acceptance needs a written reason");
        }
        String cells = cells(diagnostic);
        report.getAcceptances().removeIf(a -> diagnostic.ruleId().equals(a.getRuleId()) && cells.equals(a.getCells())
                && fingerprint(new CellIndex(report), diagnostic).equals(a.getFingerprint()));
        Acceptance acceptance = ReportFactory.eINSTANCE.createAcceptance();
        acceptance.setRuleId(diagnostic.ruleId());
        acceptance.setCells(cells);
        acceptance.setFingerprint(fingerprint(new CellIndex(report), diagnostic));
        acceptance.setReason(reason.strip());
        acceptance.setAuthor(author);
        acceptance.setDate(new Date());
        report.getAcceptances().add(acceptance);
        return acceptance;
    }

    /** Removes the acceptance of this finding; true when there was one. */
    public static boolean revoke(AnnualReport report, Diagnostic diagnostic) {
        Acceptance acceptance = find(report, new CellIndex(report), diagnostic);
        return acceptance != null && report.getAcceptances().remove(acceptance);
    }

    /** The acceptance that still holds for this finding, or null. */
    public static Acceptance find(AnnualReport report, CellIndex index, Diagnostic diagnostic) {
        if (report.getAcceptances().isEmpty() || diagnostic.severity() == Severity.ERROR) {
            return null;
        }
        String cells = cells(diagnostic);
        String fingerprint = null;
        for (Acceptance acceptance : report.getAcceptances()) {
            if (diagnostic.ruleId().equals(acceptance.getRuleId()) && cells.equals(acceptance.getCells())) {
                fingerprint = fingerprint == null ? fingerprint(index, diagnostic) : fingerprint;
                if (fingerprint.equals(acceptance.getFingerprint())) {
                    return acceptance;
                }
            }
        }
        return null;
    }

    /** The diagnostics with their acceptances attached where one holds. */
    static List<Diagnostic> mark(AnnualReport report, CellIndex index, List<Diagnostic> diagnostics) {
        if (report.getAcceptances().isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> marked = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            Acceptance acceptance = find(report, index, diagnostic);
            marked.add(acceptance == null ? diagnostic : diagnostic.withAccepted(acceptance));
        }
        return marked;
    }

    static String cells(Diagnostic diagnostic) {
        return diagnostic.cells().stream().map(CellAddress::toString).collect(Collectors.joining(" "));
    }

    /** "T3/R01/C7=95;T3/R02/C7=0|expected|actual", or "#hash|expected|actual" without cells. */
    static String fingerprint(CellIndex index, Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        if (diagnostic.cells().isEmpty()) {
            out.append('#').append(Integer.toHexString(String.valueOf(diagnostic.messageZh()).hashCode()));
        }
        for (CellAddress cell : diagnostic.cells()) {
            out.append(cell).append('=').append(index.value(cell).printed()).append(';');
        }
        return out.append('|').append(diagnostic.expected()).append('|').append(diagnostic.actual()).toString();
    }
}
