package cn.nianbao.validation;

import java.util.List;

import cn.nianbao.validation.rules.AmountTypeRule;
import cn.nianbao.validation.rules.BlankCellRule;
import cn.nianbao.validation.rules.CodedRule;
import cn.nianbao.validation.rules.CompletenessRule;
import cn.nianbao.validation.rules.CountTypeRule;
import cn.nianbao.validation.rules.LabelRule;
import cn.nianbao.validation.rules.SectionRule;
import cn.nianbao.validation.rules.TemplateVersionRule;

/** The rules implemented in code, one per catalogue id. Add a class here when a coded rule is written. */
final class CodedRules {

    private static final List<CodedRule> ALL = List.of(new SectionRule(), new CompletenessRule(),
            new TemplateVersionRule(), new LabelRule(), new CountTypeRule(), new AmountTypeRule(), new BlankCellRule());

    private CodedRules() {
    }

    static List<CodedRule> all() {
        return ALL;
    }

    static boolean has(String ruleId) {
        return ALL.stream().anyMatch(rule -> rule.ruleId().equals(ruleId));
    }
}
