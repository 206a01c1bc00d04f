package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellIndex;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.RuleContext;

/**
 * A rule about what one kind of cell may hold (a count, an amount): every cell of the report whose column the
 * catalogue gives that kind is read once and, when it is wrong, reported with its name and printed text.
 */
abstract class CellKindRule implements CodedRule {

    /** Whether cells of this column kind are this rule's business. */
    protected abstract boolean covers(ValueKind kind);

    /** The message key of what is wrong with the value, or null when it is right. */
    protected abstract String problem(CellValue value, ValueKind kind, RuleContext context);

    /** How grave the problem is: the catalogue's severity unless a rule grades its problems. */
    protected Severity severity(String problem, RuleContext context) {
        return context.severity(ruleId());
    }

    /** A third value for the problem's message (a limit from the catalogue), "" when it has none. */
    protected String detail(String problem, RuleContext context) {
        return "";
    }

    @Override
    public final List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        CellIndex cells = context.cells();
        for (int i = 0; i < cells.size(); i++) {
            ColumnDef column = context.knownColumn(i);
            if (column == null || !covers(column.getKind()) || context.knownRow(i) == null) {
                continue;
            }
            CellValue value = cells.valueAt(i);
            String problem = problem(value, column.getKind(), context);
            if (problem != null) {
                diagnostics.add(diagnostic(context, cells.addressAt(i), value, problem));
            }
        }
        return diagnostics;
    }

    private Diagnostic diagnostic(RuleContext context, CellAddress cell, CellValue value, String key) {
        Messages messages = context.messages();
        String printed = value.printed();
        String detail = detail(key, context);
        Messages.Text text = Messages.Text.later(() -> new Messages.Text(
                messages.zh(key, context.names().cellZh(cell), printed, detail),
                messages.en(key, context.names().cellEn(cell), printed, detail)));
        return context.diagnostic(ruleId(), severity(key, context), List.of(cell), null, printed, text);
    }
}
