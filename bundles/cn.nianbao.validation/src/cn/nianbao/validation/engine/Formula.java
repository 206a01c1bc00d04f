package cn.nianbao.validation.engine;

import java.util.List;

/** A parsed identity: the terms left and right of one relation. */
public record Formula(List<Term> left, Relation relation, List<Term> right) {

    public Formula {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** True when the left side is one cell added, as in "TOTAL = …": it then has a required value. */
    public boolean hasSingleLeftCell() {
        return left.size() == 1 && !left.get(0).negative() && !left.get(0).isRange();
    }
}
