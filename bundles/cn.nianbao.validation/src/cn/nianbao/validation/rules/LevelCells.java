package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.validation.support.RuleContext;

/** The cells of some rows of table 二 that hold a number above 0. */
final class LevelCells {

    private LevelCells() {
    }

    static List<CellAddress> nonZero(RuleContext context, String... rows) {
        List<CellAddress> cells = new ArrayList<>();
        TableLayout table = context.template().table("T2");
        if (table == null) {
            return cells;
        }
        for (String rowId : rows) {
            var row = table.row(rowId);
            if (row == null) {
                continue;
            }
            for (var column : table.columnsOf(row)) {
                CellAddress cell = new CellAddress("T2", rowId, column.getId());
                if (context.cells().number(cell).compareTo(BigDecimal.ZERO) > 0) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }
}
