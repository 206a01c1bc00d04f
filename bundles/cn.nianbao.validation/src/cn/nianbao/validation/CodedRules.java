package cn.nianbao.validation;

import java.util.List;

import cn.nianbao.validation.rules.AmountTypeRule;
import cn.nianbao.validation.rules.ApplicantFigureRule;
import cn.nianbao.validation.rules.BlankCellRule;
import cn.nianbao.validation.rules.CodedRule;
import cn.nianbao.validation.rules.CompletenessRule;
import cn.nianbao.validation.rules.CopiedTextRule;
import cn.nianbao.validation.rules.CorrectedCasesRule;
import cn.nianbao.validation.rules.CoverLetterRule;
import cn.nianbao.validation.rules.CountTypeRule;
import cn.nianbao.validation.rules.DeadlineRule;
import cn.nianbao.validation.rules.DocumentCountRule;
import cn.nianbao.validation.rules.FeeReportRule;
import cn.nianbao.validation.rules.FeeScheduleRule;
import cn.nianbao.validation.rules.FollowUpRule;
import cn.nianbao.validation.rules.GovernmentItemsRule;
import cn.nianbao.validation.rules.LabelRule;
import cn.nianbao.validation.rules.LocalDeadlineRule;
import cn.nianbao.validation.rules.NotCheckedRule;
import cn.nianbao.validation.rules.NoticeCitationRule;
import cn.nianbao.validation.rules.OtherBodyRule;
import cn.nianbao.validation.rules.PartsAnnouncedRule;
import cn.nianbao.validation.rules.PercentageRule;
import cn.nianbao.validation.rules.PeriodRule;
import cn.nianbao.validation.rules.ProblemsSectionRule;
import cn.nianbao.validation.rules.ProseBalanceRule;
import cn.nianbao.validation.rules.ProseConsistencyRule;
import cn.nianbao.validation.rules.ProseFigureRule;
import cn.nianbao.validation.rules.ProseScopeRule;
import cn.nianbao.validation.rules.RuleMakingRule;
import cn.nianbao.validation.rules.SectionRule;
import cn.nianbao.validation.rules.StaleTablesRule;
import cn.nianbao.validation.rules.Table2019Rule;
import cn.nianbao.validation.rules.TemplateVersionRule;
import cn.nianbao.validation.rules.TitleRule;
import cn.nianbao.validation.rules.TopicCoverageRule;
import cn.nianbao.validation.rules.TownshipPowersRule;

/**
 * The rules implemented in code, one per catalogue id (the arithmetic and cross-year identities are
 * catalogue formulas instead). Add a class here when a coded rule is written.
 */
final class CodedRules {

    private static final List<CodedRule> ALL = List.of(new SectionRule(), new PartsAnnouncedRule(), new CompletenessRule(),
            new TemplateVersionRule(), new TopicCoverageRule(), new NoticeCitationRule(), new TitleRule(),
            new PeriodRule(), GovernmentItemsRule.supervision(), GovernmentItemsRule.otherMatters(), new CoverLetterRule(), new LabelRule(), new CountTypeRule(), new AmountTypeRule(), new BlankCellRule(),
            new Table2019Rule(), ProseFigureRule.requests(), new ProseBalanceRule(), ProseFigureRule.reviews(),
            new FeeReportRule(), new FeeScheduleRule(), new ProblemsSectionRule(), new ProseConsistencyRule(),
            new NotCheckedRule("XS-08", "design note"), new DocumentCountRule(), new PercentageRule(), new ApplicantFigureRule(), new CopiedTextRule(), new FollowUpRule(), new StaleTablesRule(), new DeadlineRule(),
            new LocalDeadlineRule(), new NotCheckedRule("TIM-03", "checklist"), new RuleMakingRule(),
            new TownshipPowersRule(), new ProseScopeRule(), new OtherBodyRule(), new CorrectedCasesRule());

    private CodedRules() {
    }

    static List<CodedRule> all() {
        return ALL;
    }

    static boolean has(String ruleId) {
        return ALL.stream().anyMatch(rule -> rule.ruleId().equals(ruleId));
    }

    /** How a rule is handled when it raises no findings by design ("design note", "checklist"), else null. */
    static String handling(String ruleId) {
        for (CodedRule rule : ALL) {
            if (rule instanceof NotCheckedRule note && note.ruleId().equals(ruleId)) {
                return note.handling();
            }
        }
        return null;
    }
}
