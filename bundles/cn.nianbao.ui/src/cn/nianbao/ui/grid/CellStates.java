package cn.nianbao.ui.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.validation.Diagnostic;

/**
 * The diagnostics of a report by cell, for marking cells and for their tooltips. Rules about the whole
 * table (blank cells, labels) stay in the Checks view: marking every blank cell would drown the broken
 * identities an officer must see.
 */
final class CellStates {

    private static final Set<String> NOT_MARKED = Set.of("TYP-03", "LBL-01", "STR-02");

    private final Map<CellAddress, List<Diagnostic>> byCell = new HashMap<>();

    CellStates(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            if (NOT_MARKED.contains(diagnostic.ruleId())) {
                continue;
            }
            for (CellAddress cell : diagnostic.cells()) {
                byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(diagnostic);
            }
        }
    }

    /** The worst severity at a cell, or null when it breaks nothing. */
    Severity worst(CellAddress cell) {
        Severity worst = null;
        for (Diagnostic diagnostic : byCell.getOrDefault(cell, List.of())) {
            if (worst == null || diagnostic.severity().getValue() < worst.getValue()) {
                worst = diagnostic.severity();
            }
        }
        return worst;
    }

    List<Diagnostic> at(CellAddress cell) {
        return byCell.getOrDefault(cell, List.of());
    }
}
