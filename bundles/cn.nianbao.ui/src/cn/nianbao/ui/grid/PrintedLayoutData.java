package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.data.ISpanningDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.cell.DataCell;

import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.PrintedLayout;

/**
 * A table in the official printed layout as a NatTable data provider: its size and spans come from the
 * layout, its label cells print the format's labels (English ones in the English UI, where there are any).
 * The report editor's grid and each side of the compare editor say what their value cells hold.
 */
public abstract class PrintedLayoutData implements ISpanningDataProvider {

    private final boolean english;

    protected PrintedLayoutData(boolean english) {
        this.english = english;
    }

    protected abstract PrintedLayout layout();

    public final PrintedCell printedCell(int column, int row) {
        return layout().at(row, column);
    }

    /** What a header or label cell prints. */
    protected final String labelText(PrintedCell cell) {
        String label = english && cell.labelEn() != null ? cell.labelEn() : cell.label();
        return label == null ? "" : label;
    }

    @Override
    public final int getColumnCount() {
        return layout().columns();
    }

    @Override
    public final int getRowCount() {
        return layout().rows();
    }

    @Override
    public final DataCell getCellByPosition(int column, int row) {
        PrintedCell cell = layout().at(row, column);
        return new DataCell(cell.column(), cell.row(), cell.columnSpan(), cell.rowSpan());
    }
}
