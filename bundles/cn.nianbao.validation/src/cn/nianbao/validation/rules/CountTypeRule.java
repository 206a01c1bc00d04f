package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.RuleContext;

/**
 * TYP-01: count cells hold whole numbers, 0 or more (a signed count of the 2019 format may be negative).
 * Blank and "/" are TYP-03's business, amounts TYP-02's; money with a unit (2019 procurement) is TYP-04's.
 */
public final class CountTypeRule implements CodedRule {

    @Override
    public String ruleId() {
        return "TYP-01";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (DataTable data : context.report().getTables()) {
            TableLayout table = context.template().table(data.getTableId());
            if (table == null) {
                continue;
            }
            for (Cell cell : data.getCells()) {
                ColumnDef column = table.column(cell.getColumn());
                if (table.row(cell.getRow()) == null || column == null) {
                    continue;
                }
                ValueKind kind = column.getKind();
                if (kind == ValueKind.COUNT || kind == ValueKind.SIGNED_COUNT) {
                    CellValue value = context.cells().value(cell);
                    String problem = problem(value, kind == ValueKind.SIGNED_COUNT);
                    if (problem != null) {
                        CellAddress address = new CellAddress(table.id(), cell.getRow(), cell.getColumn());
                        diagnostics.add(diagnostic(context, address, value, problem));
                    }
                }
            }
        }
        return diagnostics;
    }

    /** The message key of what is wrong, or null. */
    private static String problem(CellValue value, boolean signed) {
        if (value.kind() == CellValue.Kind.TEXT) {
            return "typ01.text";
        }
        if (!value.isNumber()) {
            return null;
        }
        BigDecimal number = value.number();
        if (number.stripTrailingZeros().scale() > 0) {
            return "typ01.fraction";
        }
        return !signed && number.signum() < 0 ? "typ01.negative" : null;
    }

    private static Diagnostic diagnostic(RuleContext context, CellAddress cell, CellValue value, String key) {
        Messages messages = context.messages();
        String printed = value.printed();
        Messages.Text text = new Messages.Text(messages.zh(key, context.names().cellZh(cell), printed),
                messages.en(key, context.names().cellEn(cell), printed));
        return context.diagnostic("TYP-01", List.of(cell), null, printed, text);
    }
}
