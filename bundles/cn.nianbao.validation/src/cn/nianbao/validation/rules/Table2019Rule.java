package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.validation.Diagnostic;
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
        for (DataTable data : context.report().getTables()) {
            TableLayout table = context.template().table(data.getTableId());
            for (Cell cell : table == null ? List.<Cell>of() : data.getCells()) {
                ColumnDef column = table.column(cell.getColumn());
                if (column == null || column.getKind() != ValueKind.MONEY_WITH_UNIT) {
                    continue;
                }
                CellValue value = context.cells().value(cell);
                if (value.kind() != CellValue.Kind.TEXT) {
                    continue;
                }
                CellAddress address = new CellAddress(table.id(), cell.getRow(), cell.getColumn());
                String printed = value.printed().replaceAll("\\s+", "");
                Matcher m = MONEY.matcher(printed);
                String key = m.matches() ? "typ04.unit" : "typ04.unreadable";
                String amount = m.matches() ? m.group(1) + " " + (m.group(2).startsWith("万") ? "万元" : "元") : null;
                diagnostics.add(context.diagnostic(ruleId(), List.of(address), null, printed,
                        context.text(key, context.names().cellZh(address), printed, amount)));
            }
        }
        return diagnostics;
    }
}
