package cn.nianbao.validation.engine;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.validation.support.CellValue;

/** A term with the cells it stands for in one iteration and their values; blank counts as 0 in the sum. */
public record TermValue(Term term, List<CellAddress> cells, List<CellValue> values) {

    public TermValue {
        cells = List.copyOf(cells);
        values = List.copyOf(values);
    }

    /** The term's contribution to its side, sign included. */
    public BigDecimal signedSum() {
        BigDecimal sum = sum();
        return term.negative() ? sum.negate() : sum;
    }

    public BigDecimal sum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellValue value : values) {
            sum = sum.add(value.arithmetic());
        }
        return sum;
    }

    static BigDecimal total(List<TermValue> side) {
        BigDecimal total = BigDecimal.ZERO;
        for (TermValue term : side) {
            total = total.add(term.signedSum());
        }
        return total;
    }
}
