package cn.nianbao.model.format;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import cn.nianbao.model.catalogue.RowDef;

/** Which rows of a table are printed: an alternate row replaces the rows it stands for, or is left out. */
final class RowVisibility {

    private final Set<String> hidden = new HashSet<>();

    private RowVisibility() {
    }

    /** The shown alternates in place of the rows they stand for; the others left out. */
    static RowVisibility alternates(TableLayout table, Predicate<RowDef> shownAlternates) {
        RowVisibility visibility = new RowVisibility();
        for (RowDef row : table.dataRows()) {
            if (table.isAlternate(row)) {
                if (shownAlternates.test(row)) {
                    visibility.hidden.addAll(row.getAlternateFor());
                } else {
                    visibility.hidden.add(row.getId());
                }
            }
        }
        return visibility;
    }

    /** Exactly the data rows {@code printedRows} accepts. */
    static RowVisibility rows(TableLayout table, Predicate<RowDef> printedRows) {
        RowVisibility visibility = new RowVisibility();
        for (RowDef row : table.dataRows()) {
            if (!printedRows.test(row)) {
                visibility.hidden.add(row.getId());
            }
        }
        return visibility;
    }

    boolean shown(RowDef row) {
        if (row.getChildren().isEmpty()) {
            return !hidden.contains(row.getId());
        }
        return shownLeaves(row.getChildren()) > 0;
    }

    int shownLeaves(List<RowDef> rows) {
        int count = 0;
        for (RowDef row : rows) {
            if (row.getChildren().isEmpty()) {
                count += hidden.contains(row.getId()) ? 0 : 1;
            } else {
                count += shownLeaves(row.getChildren());
            }
        }
        return count;
    }

    int depth(List<RowDef> rows) {
        int depth = 0;
        for (RowDef row : rows) {
            if (shown(row)) {
                depth = Math.max(depth, row.getChildren().isEmpty() ? 1 : 1 + depth(row.getChildren()));
            }
        }
        return depth;
    }
}
