package cn.nianbao.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.Acceptance;

/**
 * One finding of a check: the rule it comes from, how serious it is, the cells it concerns, and what the
 * rule expected against what the report holds. Both languages travel together, so that a reviewer's
 * note, an export and the command line can each pick one without checking again.
 * <p>
 * The formula and the messages may be worded only when first read ({@link #worded}): a check whose findings
 * are only counted or filtered (a batch check, the live re-check's markers) need not format each of them in
 * two languages. The words are made from values the rule read during the check, so they do not change when
 * the report is edited afterwards. A diagnostic is immutable and may be shared between threads.
 */
public final class Diagnostic {

    /**
     * The words of a finding.
     *
     * @param formula the identity with the values put in (Chinese labels), or null
     * @param zh      the message in Chinese, naming cells by their official labels
     * @param en      the message in English
     */
    public record Words(String formula, String zh, String en) {
    }

    private final String ruleId;
    private final Severity severity;
    private final List<CellAddress> cells;
    private final String expected;
    private final String actual;
    private final Acceptance accepted;
    private Supplier<Words> wording;
    private Words words;

    /**
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
    public Diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected, String actual,
            String formula, String messageZh, String messageEn, Acceptance accepted) {
        this(ruleId, severity, cells, expected, actual, null, new Words(formula, messageZh, messageEn), accepted);
    }

    /** A finding no reviewer has accepted (yet). */
    public Diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected, String actual,
            String formula, String messageZh, String messageEn) {
        this(ruleId, severity, cells, expected, actual, formula, messageZh, messageEn, null);
    }

    private Diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected, String actual,
            Supplier<Words> wording, Words words, Acceptance accepted) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.cells = List.copyOf(cells);
        this.expected = expected;
        this.actual = actual;
        this.wording = wording;
        this.words = words;
        this.accepted = accepted;
    }

    /**
     * A finding no reviewer has accepted (yet) whose words are made when first read.
     *
     * @param wording makes the formula and messages from values fixed at check time, never from the live report
     */
    public static Diagnostic worded(String ruleId, Severity severity, List<CellAddress> cells, String expected,
            String actual, Supplier<Words> wording) {
        return new Diagnostic(ruleId, severity, cells, expected, actual, Objects.requireNonNull(wording), null, null);
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    public List<CellAddress> cells() {
        return cells;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }

    public String formula() {
        return words().formula();
    }

    public String messageZh() {
        return words().zh();
    }

    public String messageEn() {
        return words().en();
    }

    public Acceptance accepted() {
        return accepted;
    }

    private synchronized Words words() {
        if (words == null) {
            words = wording.get();
            wording = null; // what the words were made from may go
        }
        return words;
    }

    /** The words, or how to make them when nobody has read them yet; a copy shares them. */
    private synchronized Object wordsOrWording() {
        return words != null ? words : wording;
    }

    public boolean isAccepted() {
        return accepted != null;
    }

    /** The reviewer's written reason, or null when the finding is open. */
    public String acceptedReason() {
        return accepted == null ? null : accepted.getReason();
    }

    public Diagnostic withAccepted(Acceptance acceptance) {
        return copy(severity, acceptance);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return copy(newSeverity, accepted);
    }

    @SuppressWarnings("unchecked")
    private Diagnostic copy(Severity newSeverity, Acceptance acceptance) {
        Object made = wordsOrWording();
        return made instanceof Words w
                ? new Diagnostic(ruleId, newSeverity, cells, expected, actual, null, w, acceptance)
                : new Diagnostic(ruleId, newSeverity, cells, expected, actual, (Supplier<Words>) made, null, acceptance);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Diagnostic d && Objects.equals(ruleId, d.ruleId) && severity == d.severity
                && cells.equals(d.cells)
                && Objects.equals(expected, d.expected) && Objects.equals(actual, d.actual)
                && words().equals(d.words()) && Objects.equals(accepted, d.accepted);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, cells, expected, actual, words(), accepted);
    }

    @Override
    public String toString() {
        return "Diagnostic[ruleId=" + ruleId + ", severity=" + severity + ", cells=" + cells + ", expected=" + expected
                + ", actual=" + actual + ", formula=" + formula() + ", messageZh=" + messageZh() + ", messageEn="
                + messageEn() + ", accepted=" + accepted + "]";
    }
}
