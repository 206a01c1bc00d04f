package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellIndex;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.RuleContext;

/**
 * XY-05: the statistics tables copied forward from last year. Every cell of every table of the template
 * holds what last year's report held, and at least one is not zero (an agency with no activity two years
 * running legitimately repeats its zeros). A 东莞 statistics bureau published the same figures three years
 * running (review.md SRC-DG2011); two honest years of a working agency never agree on some 200 cells.
 */
public final class StaleTablesRule implements CodedRule {

    @Override
    public String ruleId() {
        return "XY-05";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        if (!CrossYear.usable(context) || cellCount(context.report().getTables()) != cellCount(context.previous().getTables())) {
            return List.of();
        }
        CellIndex now = context.cells();
        CellIndex before = context.previousCells();
        int compared = 0;
        int nonZero = 0;
        for (DataTable data : context.report().getTables()) {
            TableLayout table = context.template().table(data.getTableId());
            if (table == null) {
                continue;
            }
            for (Cell cell : data.getCells()) {
                CellAddress address = new CellAddress(table.id(), cell.getRow(), cell.getColumn());
                CellValue value = now.value(cell);
                if (!before.has(address) || !same(value, before.value(address))) {
                    return List.of();
                }
                compared++;
                if (value.isNumber() && value.number().signum() != 0) {
                    nonZero++;
                }
            }
        }
        if (nonZero == 0) {
            return List.of();
        }
        String year = String.valueOf(context.previous().getYear());
        return List.of(context.diagnostic(ruleId(), List.of(), null, String.valueOf(compared),
                context.text("xy05", compared, nonZero, year)));
    }

    private static boolean same(CellValue a, CellValue b) {
        if (a.isNumber() || b.isNumber()) {
            return a.isNumber() && b.isNumber() && a.number().compareTo(b.number()) == 0;
        }
        return a.printed().equals(b.printed());
    }

    private static int cellCount(List<DataTable> tables) {
        int count = 0;
        for (DataTable table : tables) {
            count += table.getCells().size();
        }
        return count;
    }
}
