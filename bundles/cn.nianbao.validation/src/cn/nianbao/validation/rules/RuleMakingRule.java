package cn.nianbao.validation.rules;

import java.util.List;
import java.util.Set;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * PLA-01: only bodies with the power to make 规章 (国务院部门, 省级政府, 设区的市政府; 立法法) report 规章 in
 * table 二（一）. Another level with a number above 0 in the 规章 row: WARNING. Level unknown (OTHER or
 * not set): nothing said.
 */
public final class RuleMakingRule implements CodedRule {

    private static final Set<AgencyLevel> RULE_MAKERS = Set.of(AgencyLevel.STATE_COUNCIL_DEPT, AgencyLevel.PROVINCIAL_GOV,
            AgencyLevel.CITY_GOV);

    @Override
    public String ruleId() {
        return "PLA-01";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        AgencyLevel level = context.report().getAgencyLevel();
        if (level == null || level == AgencyLevel.OTHER || RULE_MAKERS.contains(level)) {
            return List.of();
        }
        List<CellAddress> cells = LevelCells.nonZero(context, "rules");
        if (cells.isEmpty()) {
            return List.of();
        }
        String value = context.cells().value(cells.get(0)).printed();
        return List.of(context.diagnostic(ruleId(), cells, "0", value,
                context.text("pla01", context.messages().zh("level." + level.getName()),
                        context.messages().en("level." + level.getName()))));
    }
}
