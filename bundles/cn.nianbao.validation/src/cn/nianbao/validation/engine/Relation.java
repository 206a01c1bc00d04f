package cn.nianbao.validation.engine;

import java.math.BigDecimal;

/** How the two sides of an identity compare, with the symbols used when it holds and when it fails. */
public enum Relation {

    EQ("=", "≠", ""), LE("≤", ">", "≤ "), GE("≥", "<", "≥ ");

    private final String symbol;
    private final String broken;
    private final String boundPrefix;

    Relation(String symbol, String broken, String boundPrefix) {
        this.symbol = symbol;
        this.broken = broken;
        this.boundPrefix = boundPrefix;
    }

    static Relation parse(String token) {
        return switch (token) {
            case "=", "==" -> EQ;
            case "<=", "≤" -> LE;
            case ">=", "≥" -> GE;
            default -> throw new IllegalArgumentException("unknown relation " + token);
        };
    }

    /** Compares with compareTo, so that 5 and 5.0 are equal. */
    public boolean holds(BigDecimal left, BigDecimal right) {
        int c = left.compareTo(right);
        return switch (this) {
            case EQ -> c == 0;
            case LE -> c <= 0;
            case GE -> c >= 0;
        };
    }

    /** {@link #holds(BigDecimal, BigDecimal)} of two whole numbers. */
    public boolean holds(long left, long right) {
        int c = Long.compare(left, right);
        return switch (this) {
            case EQ -> c == 0;
            case LE -> c <= 0;
            case GE -> c >= 0;
        };
    }

    public String symbol() {
        return symbol;
    }

    public String brokenSymbol() {
        return broken;
    }

    /** The expected value as the left side must meet it: "11", "≤ 21", "≥ 3". */
    public String bound(BigDecimal right) {
        return boundPrefix + right.toPlainString();
    }
}
