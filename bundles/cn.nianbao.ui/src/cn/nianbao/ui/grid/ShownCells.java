package cn.nianbao.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.PrintedCell;

/**
 * What each value cell of a grid shows: its value and the worst finding that marks it. After a change only
 * the cells that now show something else need painting again: repainting a whole table of wrapped Chinese
 * labels costs about ten milliseconds of text layout on an office PC, a few cells almost nothing.
 */
final class ShownCells {

    private final PrintedTableData data;
    private final int columns;
    private final Object[] values;
    private final Severity[] marks;

    ShownCells(PrintedTableData data, CellStates states) {
        this.data = data;
        this.columns = data.getColumnCount();
        int size = columns * data.getRowCount();
        this.values = new Object[size];
        this.marks = new Severity[size];
        update(states);
    }

    /** Takes what every value cell shows now; returns the positions {column, row} of those that changed. */
    List<int[]> update(CellStates states) {
        List<int[]> changed = new ArrayList<>();
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < columns; column++) {
                PrintedCell cell = data.printedCell(column, row);
                if (cell.kind() != PrintedCell.Kind.DATA || cell.address() == null) {
                    continue;
                }
                int index = row * columns + column;
                Object value = data.getDataValue(column, row);
                Severity mark = states.worst(cell.address());
                if (!Objects.equals(value, values[index]) || mark != marks[index]) {
                    values[index] = value;
                    marks[index] = mark;
                    changed.add(new int[] { column, row });
                }
            }
        }
        return changed;
    }
}
