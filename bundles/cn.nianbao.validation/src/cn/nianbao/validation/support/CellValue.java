package cn.nianbao.validation.support;

import java.math.BigDecimal;
import java.util.Set;

import cn.nianbao.model.report.Cell;

/**
 * What a cell holds, read once for every rule: a number, nothing (blank), a placeholder that stands for
 * nothing ("/", "-", "—"), or other text (letters, a unit). Blank and placeholders are kept apart from
 * zero: the arithmetic counts them as 0, TYP-03 reports them.
 */
public record CellValue(Kind kind, BigDecimal number, String text) {

    public enum Kind {
        NUMBER, BLANK, PLACEHOLDER, TEXT
    }

    private static final Set<String> PLACEHOLDERS = Set.of("/", "／", "-", "－", "—", "——", "–", "─");

    public static CellValue of(Cell cell) {
        if (cell == null) {
            return new CellValue(Kind.BLANK, null, null);
        }
        String text = cell.getText() == null ? "" : cell.getText().strip();
        if (PLACEHOLDERS.contains(text)) {
            return new CellValue(Kind.PLACEHOLDER, null, text);
        }
        BigDecimal printed = parse(text);
        if (!text.isEmpty() && printed == null) {
            // printed text that is no plain number wins over any value read from it ("7730.28万元")
            return new CellValue(Kind.TEXT, cell.getValue(), text);
        }
        BigDecimal number = cell.getValue() != null ? cell.getValue() : printed;
        return number == null ? new CellValue(Kind.BLANK, null, null) : new CellValue(Kind.NUMBER, number, null);
    }

    private static BigDecimal parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
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
