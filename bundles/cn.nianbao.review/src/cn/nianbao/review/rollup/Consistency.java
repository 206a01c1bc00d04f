package cn.nianbao.review.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.engine.IdentityRule;
import cn.nianbao.validation.support.CellIndex;

/**
 * Whether a report's own figures add up: the ERROR identities of its format (SUM-01…SUM-07), evaluated by
 * the validator's identity engine. Only the identities, not the whole rule set: a roll-up of a thousand
 * reports must stay fast, and "inconsistent" means figures that contradict each other.
 */
final class Consistency {

    private final Map<Template, List<IdentityRule>> rules = new HashMap<>();

    List<String> broken(AnnualReport report, Template template) {
        List<String> broken = new ArrayList<>();
        CellIndex cells = new CellIndex(report);
        for (IdentityRule rule : rules.computeIfAbsent(template, Consistency::identities)) {
            if (!rule.failures(report, cells, null).isEmpty()) {
                broken.add(rule.rule().getId());
            }
        }
        return broken;
    }

    private static List<IdentityRule> identities(Template template) {
        List<IdentityRule> list = new ArrayList<>();
        for (RuleDef rule : template.rules()) {
            if (rule.getFormula() != null && !rule.getFormula().isBlank() && rule.getSeverity() == Severity.ERROR) {
                IdentityRule identity = new IdentityRule(template, rule);
                if (!identity.isCrossYear()) {
                    list.add(identity);
                }
            }
        }
        return list;
    }
}
