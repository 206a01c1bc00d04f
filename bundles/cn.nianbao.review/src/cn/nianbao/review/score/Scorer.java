package cn.nianbao.review.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.score.ScoreLine.Reason;
import cn.nianbao.review.score.ScoreLine.Treatment;
import cn.nianbao.review.score.ScoringSheet.Uncertain;
import cn.nianbao.validation.Diagnostic;

/**
 * Scores a unit's report on a sheet from the findings of its check. Only an ERROR deducts by itself; every
 * other finding the sheet names goes to a person with the points it would cost (review.md F6: "Uncertain →
 * human"), so that no unit loses points over a WARNING nobody looked at. Each item judges every finding on
 * its own: the first of its deductions that matches takes it.
 */
public final class Scorer {

    private final ScoringSheet sheet;

    public Scorer(ScoringSheet sheet) {
        this.sheet = sheet;
    }

    public ScoringSheet sheet() {
        return sheet;
    }

    public UnitScore score(String source, AnnualReport report, List<Diagnostic> diagnostics) {
        List<ScoreLine> deductions = new ArrayList<>();
        List<ScoreLine> forPerson = new ArrayList<>();
        BigDecimal taken = BigDecimal.ZERO;
        for (SheetItem item : sheet.items()) {
            if (item.deductions().isEmpty()) {
                forPerson.add(new ScoreLine(item.id(), item.titleZh(), item.titleEn(), null, null, List.of(), "", "",
                        null, Treatment.PERSON, Reason.MANUAL));
                continue;
            }
            ItemTally tally = new ItemTally(item.cap());
            for (Diagnostic diagnostic : diagnostics) {
                SheetDeduction deduction = firstMatch(item, diagnostic, report);
                if (deduction == null) {
                    continue;
                }
                BigDecimal nominal = deduction.points().multiply(times(deduction, diagnostic));
                boolean uncertain = diagnostic.severity() != Severity.ERROR;
                if (uncertain || !deduction.automatic()) {
                    if (sheet.uncertain() == Uncertain.PERSON) {
                        forPerson.add(line(item, diagnostic, nominal, Treatment.PERSON,
                                uncertain ? Reason.UNCERTAIN : Reason.NOT_AUTOMATIC));
                    }
                    continue;
                }
                ScoreLine line = tally.take(item, diagnostic, deduction, nominal);
                taken = taken.add(line.points());
                deductions.add(line);
            }
        }
        return new UnitScore(source, report.getAgencyName(), report.getYear(), sheet.id(), sheet.maximum(),
                sheet.maximum().subtract(taken), deductions, forPerson);
    }

    private static SheetDeduction firstMatch(SheetItem item, Diagnostic diagnostic, AnnualReport report) {
        for (SheetDeduction deduction : item.deductions()) {
            if (deduction.matches(diagnostic.ruleId(), diagnostic.severity(), report.getAgencyLevel())) {
                return deduction;
            }
        }
        return null;
    }

    /** Per case: the count the finding reports (KPI-01: 结果纠正 2); 1 when it gives none. */
    private static BigDecimal times(SheetDeduction deduction, Diagnostic diagnostic) {
        if (deduction.count() != SheetDeduction.Count.VALUE || diagnostic.actual() == null) {
            return BigDecimal.ONE;
        }
        try {
            BigDecimal value = new BigDecimal(diagnostic.actual());
            return value.signum() > 0 ? value : BigDecimal.ONE;
        } catch (NumberFormatException e) {
            return BigDecimal.ONE;
        }
    }

    static ScoreLine line(SheetItem item, Diagnostic diagnostic, BigDecimal points, Treatment treatment,
            Reason reason) {
        return new ScoreLine(item.id(), item.titleZh(), item.titleEn(), diagnostic.ruleId(), diagnostic.severity(),
                diagnostic.cells(), diagnostic.messageZh(), diagnostic.messageEn(), points, treatment, reason);
    }

    /** What one item has taken so far: its cap and its once-only deductions. */
    private static final class ItemTally {

        private BigDecimal remaining;
        private final Set<SheetDeduction> once = new HashSet<>();

        ItemTally(BigDecimal cap) {
            this.remaining = cap;
        }

        ScoreLine take(SheetItem item, Diagnostic diagnostic, SheetDeduction deduction, BigDecimal nominal) {
            if (deduction.count() == SheetDeduction.Count.ONCE && !once.add(deduction)) {
                return line(item, diagnostic, BigDecimal.ZERO, Treatment.DEDUCTED, Reason.ONCE);
            }
            BigDecimal applied = remaining == null ? nominal : nominal.min(remaining);
            if (remaining != null) {
                remaining = remaining.subtract(applied);
            }
            return line(item, diagnostic, applied, Treatment.DEDUCTED,
                    applied.compareTo(nominal) < 0 ? Reason.CAPPED : Reason.RULE);
        }
    }
}
