package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/** PLA-02: a 乡镇/街道 rarely holds 行政许可 or 行政处罚 powers; decisions reported there deserve a look (INFO). */
public final class TownshipPowersRule implements CodedRule {

    @Override
    public String ruleId() {
        return "PLA-02";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        if (context.report().getAgencyLevel() != AgencyLevel.TOWNSHIP) {
            return List.of();
        }
        List<CellAddress> cells = LevelCells.nonZero(context, "licensing", "penalties");
        if (cells.isEmpty()) {
            return List.of();
        }
        return List.of(context.diagnostic(ruleId(), cells, null, context.cells().value(cells.get(0)).printed(),
                context.text("pla02")));
    }
}
