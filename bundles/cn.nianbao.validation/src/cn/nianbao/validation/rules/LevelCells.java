package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.validation.support.RuleContext;

/** The cells of the rows of some catalogue roles (table 二's 规章, 行政许可 …) that hold a number above 0. */
final class LevelCells {

    private LevelCells() {
    }

    static List<CellAddress> nonZero(RuleContext context, String... roles) {
        List<CellAddress> cells = new ArrayList<>();
        for (String role : roles) {
            TableLayout table = context.template().tableWithRole(role);
            if (table == null) {
                continue;
            }
            for (var row : table.rowsOfRole(role)) {
                for (var column : table.columnsOf(row)) {
                    CellAddress cell = new CellAddress(table.id(), row.getId(), column.getId());
                    if (context.cells().number(cell).compareTo(BigDecimal.ZERO) > 0) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }
}
