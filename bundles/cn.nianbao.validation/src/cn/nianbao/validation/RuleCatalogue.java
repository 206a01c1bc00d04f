package cn.nianbao.validation;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.TemplateVersion;

/** The rules of a template, in catalogue order, with whether they are checked yet. */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static List<RuleInfo> rules(TemplateVersion version) {
        return rules(FormatCatalogue.template(version));
    }

    public static List<RuleInfo> rules(Template template) {
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleDef rule : template.rules()) {
            boolean identity = Validator.isIdentity(rule);
            boolean implemented = identity || CodedRules.has(rule.getId());
            String handling = identity ? "formula" : CodedRules.handling(rule.getId());
            if (handling == null && implemented) {
                handling = "code";
            }
            rules.add(new RuleInfo(rule.getId(), rule.getSeverity(), blankToNull(rule.getTable()),
                    identity ? rule.getFormula() : null, rule.getDescriptionZh(), rule.getDescriptionEn(),
                    implemented, handling));
        }
        return List.copyOf(rules);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
