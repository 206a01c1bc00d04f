package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellIndex;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.Messages.Text;
import cn.nianbao.validation.support.RowList;
import cn.nianbao.validation.support.RuleContext;

/**
 * TYP-03: cells of tables 三 and 四 left blank or filled with "/", "-", "—" instead of 0. One diagnostic
 * per table, because a filer who left twenty cells blank made one decision, not twenty; the cell list
 * still carries every address for the editor to mark. Cells missing altogether are STR-02's.
 */
public final class BlankCellRule implements CodedRule {


    @Override
    public String ruleId() {
        return "TYP-03";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        // the catalogue's rule names the tables (三 and 四, format.md §8); table 二 has legitimate empty cells in 2019
        for (String tableId : context.template().rule(ruleId()).getAppliesTo()) {
            TableLayout table = context.template().table(tableId);
            if (table != null) {
                List<CellAddress> empty = emptyCells(context, table);
                if (!empty.isEmpty()) {
                    diagnostics.add(diagnostic(context, tableId, empty));
                }
            }
        }
        return diagnostics;
    }

    private static List<CellAddress> emptyCells(RuleContext context, TableLayout table) {
        List<CellAddress> empty = new ArrayList<>();
        List<CellAddress> expected = context.expectedCells(table);
        int[] slots = context.expectedSlots(table);
        CellIndex cells = context.cells();
        for (int i = 0; i < slots.length; i++) {
            CellAddress address = expected.get(i);
            CellValue value = slots[i] >= 0 ? cells.valueOfSlot(slots[i]) : cells.value(address);
            if (!CellIndex.isAbsent(value) && value.isEmpty()) {
                empty.add(address);
            }
        }
        return empty;
    }

    private static Diagnostic diagnostic(RuleContext context, String tableId, List<CellAddress> empty) {
        int count = empty.size();
        // the addresses and the template's names do not change: the message may wait until it is read
        Text text = Text.later(() -> {
            RowList rows = new RowList(tableId, empty);
            Text rowText = rows.describe(context.template(), context.names(), context.messages());
            int rowCount = rows.rowCount();
            return new Text(
                    context.messages().zh("typ03", context.names().tableZh(tableId), count, rowCount, rowText.zh()),
                    context.messages().en("typ03", context.names().tableEn(tableId), count, rowCount, rowText.en()));
        });
        return context.diagnostic("TYP-03", empty, "0", String.valueOf(count), text);
    }
}
