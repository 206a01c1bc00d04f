package cn.nianbao.validation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Iteration;
import cn.nianbao.model.catalogue.RuleDef;

/**
 * One identity evaluated for one column (EACH_COLUMN), one row (EACH_ROW) or once: the values of both
 * sides, and whether the relation holds.
 *
 * @param where the id of the column or row iterated over, or null under ONCE
 */
public record Evaluation(RuleDef rule, String table, Formula formula, String where, List<TermValue> left,
        List<TermValue> right) {

    public Evaluation {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public BigDecimal leftSum() {
        return TermValue.total(left);
    }

    public BigDecimal rightSum() {
        return TermValue.total(right);
    }

    public boolean holds() {
        return formula.relation().holds(leftSum(), rightSum());
    }

    public Iteration iteration() {
        return rule.getIteration();
    }

    /** Every cell concerned, left side first. */
    public List<CellAddress> cells() {
        List<CellAddress> cells = new ArrayList<>();
        left.forEach(term -> cells.addAll(term.cells()));
        right.forEach(term -> cells.addAll(term.cells()));
        return cells;
    }
}
