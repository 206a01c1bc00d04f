package cn.nianbao.export.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;

/**
 * Which data rows a document prints. The format's own rows always; an alternate row (the unsplit
 * （六）其他处理 of a 2021 report) only when the report filled it, and then in place of the group it
 * replaces unless that group holds values too — the document shows what the report printed. This is
 * not the editors' choice (an alternate or its rows, never both), hence {@link
 * cn.nianbao.model.format.PrintedLayout#ofRows}.
 */
final class PrintedRows {

    private final AnnualReport report;
    private final TableLayout layout;
    private final Set<String> printed = new HashSet<>();

    PrintedRows(AnnualReport report, TableLayout layout) {
        this.report = report;
        this.layout = layout;
        collect(layout.definition().getRows());
    }

    /** Whether a data row is printed, its groups included. */
    boolean printed(RowDef row) {
        return printed.contains(row.getId());
    }

    private void collect(List<RowDef> nodes) {
        for (RowDef row : nodes) {
            if (!node(row)) {
                continue;
            }
            if (row.getChildren().isEmpty()) {
                printed.add(row.getId());
            } else {
                collect(row.getChildren());
            }
        }
    }

    private boolean node(RowDef row) {
        if (layout.isAlternate(row)) {
            return filled(row);
        }
        if (row.getChildren().isEmpty()) {
            return true;
        }
        return !replacedByAlternate(row);
    }

    private boolean replacedByAlternate(RowDef group) {
        List<String> leaves = leafIds(group);
        for (RowDef candidate : layout.dataRows()) {
            if (layout.isAlternate(candidate) && candidate.getAlternateFor().containsAll(leaves) && filled(candidate)) {
                return leaves.stream().map(layout::row).noneMatch(this::filled);
            }
        }
        return false;
    }

    private List<String> leafIds(RowDef group) {
        if (group.getChildren().isEmpty()) {
            return List.of(group.getId());
        }
        return group.getChildren().stream().flatMap(child -> leafIds(child).stream()).toList();
    }

    private boolean filled(RowDef row) {
        for (ColumnDef column : layout.columnsOf(row)) {
            if (!PrintedValues.isBlank(report, new CellAddress(layout.id(), row.getId(), column.getId()))) {
                return true;
            }
        }
        return false;
    }
}
