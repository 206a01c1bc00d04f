package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.RuleContext;

/**
 * KPI-01 (INFO): a decision corrected on reconsideration or lost in court (表四 结果纠正 > 0, in any group) is a
 * deduction per case in most local 考核细则 (宿迁 SQ-DEP-B-048, review.md E16). Not a defect of the report:
 * a reviewer scoring the agency wants each such case pointed out. The column is the one of role
 * {@value #ROLE}, in every row that has it.
 */
public final class CorrectedCasesRule implements CodedRule {

    private static final String ROLE = "corrected";

    @Override
    public String ruleId() {
        return "KPI-01";
    }

    /** The cells of the column of role corrected, per template, worked out on its first check. */
    private final java.util.Map<cn.nianbao.model.format.Template, List<CellAddress>> cellsByTemplate =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<CellAddress> cells = cellsByTemplate.computeIfAbsent(context.template(), CorrectedCasesRule::cells);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (CellAddress cell : cells) {
            CellValue value = context.cells().value(cell);
            if (value.isNumber() && value.number().signum() > 0) {
                String count = value.number().toPlainString();
                // the cell's names are the template's: worded when the finding is read, like the message
                Messages messages = context.messages();
                Messages.Text text = Messages.Text.later(() -> new Messages.Text(
                        messages.zh("kpi01", context.names().cellZh(cell), count, context.names().cellEn(cell)),
                        messages.en("kpi01", context.names().cellZh(cell), count, context.names().cellEn(cell))));
                diagnostics.add(context.diagnostic(ruleId(), List.of(cell), null, count, text));
            }
        }
        return diagnostics;
    }

    private static List<CellAddress> cells(cn.nianbao.model.format.Template template) {
        TableLayout table = template.tableWithRole(ROLE);
        if (table == null || !(table.nodeWithRole(ROLE) instanceof ColumnDef column)) {
            return List.of();
        }
        List<CellAddress> cells = new ArrayList<>();
        for (RowDef row : table.rowsOf(column)) {
            cells.add(new CellAddress(table.id(), row.getId(), column.getId()));
        }
        return List.copyOf(cells);
    }
}
