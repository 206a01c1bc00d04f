package cn.nianbao.export.layout;

import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;

/**
 * Which row nodes a document prints. The format's own rows always; an alternate row (the unsplit
 * （六）其他处理 of a 2021 report) only when the report filled it, and then in place of the group it
 * replaces unless that group holds values too — the document shows what the report printed.
 */
final class PrintedRows {

    private final AnnualReport report;
    private final TableLayout layout;

    PrintedRows(AnnualReport report, TableLayout layout) {
        this.report = report;
        this.layout = layout;
    }

    List<RowDef> children(List<RowDef> nodes) {
        return nodes.stream().filter(this::printed).toList();
    }

    boolean printed(RowDef row) {
        if (layout.isAlternate(row)) {
            return filled(row);
        }
        if (row.getChildren().isEmpty()) {
            return true;
        }
        return !replacedByAlternate(row);
    }

    int depth(List<RowDef> nodes) {
        int depth = 0;
        for (RowDef row : children(nodes)) {
            depth = Math.max(depth, 1 + depth(row.getChildren()));
        }
        return depth;
    }

    int leafCount(RowDef row) {
        if (row.getChildren().isEmpty()) {
            return 1;
        }
        return children(row.getChildren()).stream().mapToInt(this::leafCount).sum();
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
