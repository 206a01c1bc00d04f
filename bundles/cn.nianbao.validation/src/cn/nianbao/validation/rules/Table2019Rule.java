package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellIndex;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.RuleContext;

/**
 * TYP-04 (2019 format): 采购总金额 may carry the unit the filer typed ("251000元", "25.1万元"); the rule
 * says how it was read, or that it could not be read. 本年增/减 may be negative: never reported.
 */
public final class Table2019Rule implements CodedRule {

    private static final Pattern MONEY = Pattern.compile("^(\\d+(?:\\.\\d+)?)(万元|元|万)$");

    @Override
    public String ruleId() {
        return "TYP-04";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        CellIndex cells = context.cells();
        for (int i = 0; i < cells.size(); i++) {
            ColumnDef column = context.knownColumn(i);
            if (column == null || column.getKind() != ValueKind.MONEY_WITH_UNIT) {
                continue;
            }
            CellValue value = cells.valueAt(i);
            if (value.kind() != CellValue.Kind.TEXT) {
                continue;
            }
            CellAddress address = cells.addressAt(i);
            String printed = value.printed().replaceAll("\\s+", "");
            Matcher m = MONEY.matcher(printed);
            String key = m.matches() ? "typ04.unit" : "typ04.unreadable";
            String amount = m.matches() ? m.group(1) + " " + (m.group(2).startsWith("万") ? "万元" : "元") : null;
            diagnostics.add(context.diagnostic(ruleId(), List.of(address), null, printed,
                    context.text(key, context.names().cellZh(address), printed, amount)));
        }
        return diagnostics;
    }
}
