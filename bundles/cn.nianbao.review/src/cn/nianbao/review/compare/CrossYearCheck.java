package cn.nianbao.review.compare;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;

/**
 * One evaluation of a year-to-year identity (XY-01 for one column, XY-02 for one row): the cells of the
 * later report it concerns, both sides' values, and whether it holds.
 *
 * @param where   the column (XY-01) or row (XY-02) id evaluated
 * @param cells   the later report's cells first, then last year's (as the rule names them)
 * @param formula the catalogue formula, e.g. {@code R02 = PREV.R25}
 */
public record CrossYearCheck(String ruleId, Severity severity, String tableId, String where, List<CellAddress> cells,
        BigDecimal left, BigDecimal right, boolean holds, String formula) {

    public CrossYearCheck {
        cells = List.copyOf(cells);
    }

    /** The cell of the later report that the rule constrains (its left-hand side). */
    public CellAddress target() {
        return cells.get(0);
    }
}
