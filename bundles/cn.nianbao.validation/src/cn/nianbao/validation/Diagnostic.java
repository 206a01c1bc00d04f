package cn.nianbao.validation;

import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.Acceptance;

/**
 * One finding of a check: the rule it comes from, how serious it is, the cells it concerns, and what the
 * rule expected against what the report holds. Both languages travel together, so that a reviewer's
 * note, an export and the command line can each pick one without checking again.
 *
 * @param ruleId    the rule id of the format catalogue (format.md §8), e.g. {@code SUM-05}
 * @param severity  from the catalogue's rule definition unless the rule says otherwise
 * @param cells     every cell concerned, left-hand cell first for identities; empty for text-level rules
 * @param expected  the value the rule requires (for an identity: of the left-hand cell), or null
 * @param actual    the value found, or null
 * @param formula   the identity with the values put in (Chinese labels), or null
 * @param messageZh the message in Chinese, naming cells by their official labels
 * @param messageEn the message in English
 * @param accepted  the reviewer's acceptance that still holds for this finding, or null (see {@link Acceptances})
 */
public record Diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected, String actual,
        String formula, String messageZh, String messageEn, Acceptance accepted) {

    public Diagnostic {
        cells = List.copyOf(cells);
    }

    /** A finding no reviewer has accepted (yet). */
    public Diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected, String actual,
            String formula, String messageZh, String messageEn) {
        this(ruleId, severity, cells, expected, actual, formula, messageZh, messageEn, null);
    }

    public boolean isAccepted() {
        return accepted != null;
    }

    /** The reviewer's written reason, or null when the finding is open. */
    public String acceptedReason() {
        return accepted == null ? null : accepted.getReason();
    }

    public Diagnostic withAccepted(Acceptance acceptance) {
        return new Diagnostic(ruleId, severity, cells, expected, actual, formula, messageZh, messageEn, acceptance);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(ruleId, newSeverity, cells, expected, actual, formula, messageZh, messageEn, accepted);
    }
}
