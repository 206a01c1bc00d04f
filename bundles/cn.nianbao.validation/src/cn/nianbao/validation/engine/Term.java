package cn.nianbao.validation.engine;

/**
 * One term of an identity: a row or column id, or a range {@code first..last} in print order, added or
 * subtracted. Under ONCE iteration an id names one cell as {@code ROW/COLUMN}.
 */
public record Term(boolean negative, String first, String last) {

    public boolean isRange() {
        return last != null;
    }

    @Override
    public String toString() {
        return (negative ? "-" : "") + first + (isRange() ? ".." + last : "");
    }
}
