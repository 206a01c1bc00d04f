package cn.nianbao.review.compare;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.engine.Evaluation;
import cn.nianbao.validation.engine.IdentityRule;
import cn.nianbao.validation.support.CellIndex;

/**
 * The catalogue's year-to-year identities (those whose formula reads PREV., i.e. XY-01 and XY-02) evaluated
 * by the validator's own identity engine, every evaluation kept, holding or not, so that the compare editor
 * can show where they hold as well as where they fail. Applies only when the earlier report is of the year
 * before; otherwise the list is empty (the rules say nothing about other pairs).
 */
final class CrossYearChecks {

    private CrossYearChecks() {
    }

    static boolean applicable(AnnualReport before, AnnualReport after) {
        return before.getYear() > 0 && after.getYear() == before.getYear() + 1;
    }

    static List<CrossYearCheck> evaluate(Template template, AnnualReport before, AnnualReport after) {
        List<CrossYearCheck> checks = new ArrayList<>();
        if (!applicable(before, after)) {
            return checks;
        }
        CellIndex current = new CellIndex(after);
        CellIndex previous = new CellIndex(before);
        for (RuleDef rule : template.rules()) {
            if (rule.getFormula() == null || rule.getFormula().isBlank()) {
                continue;
            }
            IdentityRule identity = new IdentityRule(template, rule);
            if (!identity.isCrossYear()) {
                continue;
            }
            for (Evaluation evaluation : identity.evaluate(after, current, previous)) {
                checks.add(new CrossYearCheck(rule.getId(), rule.getSeverity(), evaluation.table(), evaluation.where(),
                        evaluation.cells(), evaluation.leftSum(), evaluation.rightSum(), evaluation.holds(),
                        rule.getFormula()));
            }
        }
        return checks;
    }
}
