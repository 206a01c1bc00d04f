package cn.nianbao.io.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.nianbao.model.text.CellText;

/**
 * Places the fields of a tab-separated row into a table's columns when the row has more or fewer fields
 * than columns (merged label cells and lost colspans leave extra empty fields, format.md §10). Only
 * empty fields may be dropped. Placements where the row's own identity holds (总计 = sum) are preferred,
 * then the one nearest the preferred side.
 */
final class WindowAligner {

    /** The cells per column (null: the source had no cell there) and whether another reading was possible. */
    record Placement(List<CellText> cells, boolean ambiguous) {
    }

    private WindowAligner() {
    }

    /** The fields as read; null when the row has more filled fields than fit in the columns. */
    static Placement place(List<CellText> parsed, int width, boolean fromRight, Predicate<List<CellText>> consistent) {
        if (parsed.stream().allMatch(CellText::isBlank)) {
            return new Placement(blanks(width), false);
        }
        List<List<CellText>> candidates = new ArrayList<>();
        int n = parsed.size();
        if (n >= width) {
            for (int s = 0; s <= n - width; s++) {
                if (outsideBlank(parsed, s, s + width)) {
                    candidates.add(parsed.subList(s, s + width));
                }
            }
        } else {
            for (int s = 0; s <= width - n; s++) {
                List<CellText> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(c >= s && c < s + n ? parsed.get(c - s) : null);
                }
                candidates.add(cells);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        List<List<CellText>> preferred = candidates.stream().filter(consistent).toList();
        if (preferred.isEmpty()) {
            preferred = candidates;
        }
        List<CellText> chosen = fromRight ? preferred.get(preferred.size() - 1) : preferred.get(0);
        return new Placement(chosen, hasOtherReading(preferred) || n < width);
    }

    /** Whether the placements read the row in more than one way (without hashing every one of them). */
    private static boolean hasOtherReading(List<List<CellText>> placements) {
        for (List<CellText> placement : placements) {
            if (!placement.equals(placements.get(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean outsideBlank(List<CellText> parsed, int from, int to) {
        for (int i = 0; i < parsed.size(); i++) {
            if ((i < from || i >= to) && !parsed.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<CellText> blanks(int width) {
        List<CellText> cells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            cells.add(CellText.BLANK);
        }
        return cells;
    }

    /** True when the last cell is the sum of the others, blank counting as 0; false if any is not a number. */
    static boolean totalHolds(List<CellText> cells) {
        if (cells.stream().anyMatch(c -> c == null || c.value() == null && c.text() != null)) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < cells.size() - 1; i++) {
            sum = sum.add(value(cells.get(i)));
        }
        return sum.compareTo(value(cells.get(cells.size() - 1))) == 0;
    }

    private static BigDecimal value(CellText cell) {
        return cell.value() == null ? BigDecimal.ZERO : cell.value();
    }
}
