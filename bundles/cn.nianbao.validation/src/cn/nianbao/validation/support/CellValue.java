package cn.nianbao.validation.support;

import java.math.BigDecimal;

import cn.nianbao.model.report.Cell;
import cn.nianbao.model.text.CellText;

/**
 * What a cell holds, read once for every rule through the one cell reader ({@link CellText}): a number,
 * nothing (blank), a placeholder that stands for nothing ("/", "-", "—", "无"), or other text (letters, a
 * unit or a note). Blank and placeholders are kept apart from zero: the arithmetic counts them as 0, TYP-03
 * reports them.
 */
public record CellValue(Kind kind, BigDecimal number, String text) {

    public enum Kind {
        NUMBER, BLANK, PLACEHOLDER, TEXT
    }

    public static CellValue of(Cell cell) {
        if (cell == null) {
            return new CellValue(Kind.BLANK, null, null);
        }
        CellText printed = CellText.parse(cell.getText());
        return switch (printed.kind()) {
            case PLACEHOLDER -> new CellValue(Kind.PLACEHOLDER, null, printed.printed());
            // printed text that is no plain number wins over any value read from it ("7730.28万元")
            case NOTED, TEXT -> new CellValue(Kind.TEXT, cell.getValue(), printed.printed());
            case NUMBER, BLANK -> number(cell.getValue() != null ? cell.getValue() : printed.value());
        };
    }

    /**
     * The whole numbers 0 to 99 as values, made once like Integer.valueOf's: most cells of a report hold one,
     * and every check reads every cell (a value is immutable and equal to the one it stands for: same number,
     * same scale, same printed form).
     */
    private static final CellValue[] SMALL = new CellValue[100];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new CellValue(Kind.NUMBER, BigDecimal.valueOf(i), null);
        }
    }

    private static CellValue number(BigDecimal number) {
        if (number == null) {
            return new CellValue(Kind.BLANK, null, null);
        }
        if (number.scale() == 0 && number.signum() >= 0 && number.precision() <= 2) {
            return SMALL[number.intValue()];
        }
        return new CellValue(Kind.NUMBER, number, null);
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Blank or a placeholder: the cell says nothing. */
    public boolean isEmpty() {
        return kind == Kind.BLANK || kind == Kind.PLACEHOLDER;
    }

    /** The value the arithmetic uses: the number, or 0 for anything else (reported by the TYP rules). */
    public BigDecimal arithmetic() {
        return kind == Kind.NUMBER ? number : BigDecimal.ZERO;
    }

    /** As printed in messages: the plain number, or the text the report holds, or empty. */
    public String printed() {
        return switch (kind) {
            case NUMBER -> number.toPlainString();
            case TEXT, PLACEHOLDER -> text;
            case BLANK -> "";
        };
    }
}
