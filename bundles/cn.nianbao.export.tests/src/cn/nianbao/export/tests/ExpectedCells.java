package cn.nianbao.export.tests;

import java.util.ArrayList;
import java.util.List;

import java.util.function.Function;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.PrintedLayoutKind;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Labels;

/**
 * What a document must show for one table: the texts come from the hand-written expectations (never from
 * the exporters' own code), the places from the catalogue: the data rows in print order (an alternate row
 * only when filled, and the rows it replaces only when they hold values), and for each value cell its row
 * label and its position among the row's columns.
 */
final class ExpectedCells {

    record Expected(CellAddress address, String rowLabel, int position, int rowIndex, int columns, String text) {
    }

    private ExpectedCells() {
    }

    static List<Expected> of(Function<CellAddress, String> printed, TableLayout layout) {
        List<Expected> cells = new ArrayList<>();
        int rowIndex = 0;
        for (RowDef row : layout.dataRows()) {
            if (!printed(printed, layout, row)) {
                continue;
            }
            List<ColumnDef> columns = layout.columnsOf(row);
            for (int i = 0; i < columns.size(); i++) {
                CellAddress address = new CellAddress(layout.id(), row.getId(), columns.get(i).getId());
                cells.add(new Expected(address, row.getLabel(), i, rowIndex, columns.size(), printed.apply(address)));
            }
            rowIndex++;
        }
        return cells;
    }

    static boolean oneLine(TableLayout layout) {
        return layout.definition().getPrintedLayout() == PrintedLayoutKind.ONE_LINE;
    }

    private static boolean printed(Function<CellAddress, String> printed, TableLayout layout, RowDef row) {
        if (layout.isAlternate(row)) {
            return filled(printed, layout, row);
        }
        for (RowDef other : layout.dataRows()) {
            if (layout.isAlternate(other) && other.getAlternateFor().contains(row.getId()) && filled(printed, layout, other)) {
                return other.getAlternateFor().stream().map(layout::row).anyMatch(r -> filled(printed, layout, r));
            }
        }
        return true;
    }

    private static boolean filled(Function<CellAddress, String> printed, TableLayout layout, RowDef row) {
        return layout.columnsOf(row).stream()
                .anyMatch(c -> !printed.apply(new CellAddress(layout.id(), row.getId(), c.getId())).isEmpty());
    }

    /**
     * The texts of the cells right of a row label in a grid: the row is the one where a cell reads the label and
     * exactly {@code count} cells follow it; null when there is no such row.
     */
    static List<String> rightOf(List<List<String>> grid, String label, int count) {
        for (List<String> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) != null && Labels.same(row.get(c), label)) {
                    List<String> after = row.subList(c + 1, row.size()).stream().filter(t -> t != null).toList();
                    if (after.size() == count) {
                        return after;
                    }
                }
            }
        }
        return null;
    }

    /** The origins of the last grid row: the data line of a one-line table. */
    static List<String> lastLine(List<List<String>> grid) {
        return grid.get(grid.size() - 1).stream().filter(t -> t != null).toList();
    }
}
