package cn.nianbao.validation.rules;

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
 * TYP-02: the fee amount of table 二 (本年收费金额, in 万元) is a number of 0 or more with at most the
 * decimals the catalogue's rule allows (four), and the cell carries no unit: the unit is in the column header. 0.16 is a valid amount.
 */
public final class AmountTypeRule implements CodedRule {

    @Override
    public String ruleId() {
        return "TYP-02";
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
                if (column != null && column.getKind() == ValueKind.AMOUNT && table.row(cell.getRow()) != null) {
                    CellValue value = context.cells().value(cell);
                    String problem = problem(value, context.template().maxDecimals());
                    if (problem != null) {
                        CellAddress address = new CellAddress(table.id(), cell.getRow(), cell.getColumn());
                        diagnostics.add(diagnostic(context, address, value, problem));
                    }
                }
            }
        }
        return diagnostics;
    }

    private static String problem(CellValue value, int maxDecimals) {
        if (value.kind() == CellValue.Kind.TEXT) {
            return "typ02.text";
        }
        if (!value.isNumber()) {
            return null;
        }
        if (value.number().signum() < 0) {
            return "typ02.negative";
        }
        boolean tooFine = maxDecimals >= 0 && value.number().stripTrailingZeros().scale() > maxDecimals;
        return tooFine ? "typ02.decimals" : null;
    }

    private static Diagnostic diagnostic(RuleContext context, CellAddress cell, CellValue value, String key) {
        Messages messages = context.messages();
        String printed = value.printed();
        Messages.Text text = new Messages.Text(messages.zh(key, context.names().cellZh(cell), printed),
                messages.en(key, context.names().cellEn(cell), printed));
        return context.diagnostic("TYP-02", List.of(cell), null, printed, text);
    }
}
