package cn.nianbao.validation.engine;

/**
 * One term of an identity: a row or column id, or a range {@code first..last} in print order, added or
 * subtracted. Under ONCE iteration an id names one cell as {@code ROW/COLUMN}. A term written
 * {@code PREV.id} reads last year's report (cross-year rules XY-01, XY-02).
 */
public record Term(boolean negative, String first, String last, boolean previous) {

    public Term(boolean negative, String first, String last) {
        this(negative, first, last, false);
    }

    public boolean isRange() {
        return last != null;
    }

    @Override
    public String toString() {
        return (negative ? "-" : "") + (previous ? FormulaParser.PREVIOUS : "") + first + (isRange() ? ".." + last : "");
    }
}
