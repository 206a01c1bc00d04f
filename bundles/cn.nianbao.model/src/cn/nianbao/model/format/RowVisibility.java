package cn.nianbao.model.format;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import cn.nianbao.model.catalogue.RowDef;

/** Which rows of a table are printed: an alternate row replaces the rows it stands for, or is left out. */
final class RowVisibility {

    private final Set<String> hidden = new HashSet<>();

    RowVisibility(TableLayout table, Predicate<RowDef> shownAlternates) {
        for (RowDef row : table.dataRows()) {
            if (table.isAlternate(row)) {
                if (shownAlternates.test(row)) {
                    hidden.addAll(row.getAlternateFor());
                } else {
                    hidden.add(row.getId());
                }
            }
        }
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
