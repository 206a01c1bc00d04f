package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellIndex;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.Messages.Text;
import cn.nianbao.validation.support.RowList;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-02: every table of the template is there with every cell of its version. A cell that is present
 * but blank is complete here (TYP-03 reports it); the unsplit （六）其他处理, when a report prints it,
 * stands in for its three sub-rows (STR-03 warns about that).
 */
public final class CompletenessRule implements CodedRule {

    @Override
    public String ruleId() {
        return "STR-02";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (TableLayout table : context.template().tables()) {
            List<CellAddress> expected = context.expectedCells(table);
            if (ReportData.table(context.report(), table.id()) == null) {
                diagnostics.add(missingTable(context, table, expected));
                continue;
            }
            List<CellAddress> missing = missing(context, table, expected);
            if (!missing.isEmpty()) {
                diagnostics.add(missingCells(context, table, missing));
            }
        }
        return diagnostics;
    }

    /** The expected cells the report does not have, in print order. */
    private static List<CellAddress> missing(RuleContext context, TableLayout table, List<CellAddress> expected) {
        int[] slots = context.expectedSlots(table);
        CellIndex cells = context.cells();
        List<CellAddress> missing = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] >= 0 ? !cells.hasSlot(slots[i]) : !cells.has(expected.get(i))) {
                missing.add(expected.get(i));
            }
        }
        return missing;
    }

    private static Diagnostic missingTable(RuleContext context, TableLayout table, List<CellAddress> expected) {
        Messages messages = context.messages();
        Text text = new Text(
                messages.zh("str02.table", context.names().tableZh(table.id()), table.definition().getCaption()),
                messages.en("str02.table", context.names().tableEn(table.id()), table.definition().getCaptionEn()));
        return context.diagnostic("STR-02", expected, null, null, text);
    }

    private static Diagnostic missingCells(RuleContext context, TableLayout table, List<CellAddress> missing) {
        Messages messages = context.messages();
        RowList rows = new RowList(table.id(), missing);
        Text rowText = rows.describe(context.template(), context.names(), messages);
        int count = missing.size();
        int rowCount = rows.rowCount();
        Text text = new Text(messages.zh("str02.cells", context.names().tableZh(table.id()), count, rowCount, rowText.zh()),
                messages.en("str02.cells", context.names().tableEn(table.id()), count, rowCount, rowText.en()));
        return context.diagnostic("STR-02", missing, null, null, text);
    }
}
