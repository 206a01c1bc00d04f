package cn.nianbao.review.ui.compare;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.layer.SpanningDataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.ui.grid.PrintedGridLook;

/**
 * One side of a compared table: a read-only NatTable in the official layout whose header rows and row labels
 * stay in place while the values scroll (表三 is wider than half a screen).
 */
final class CompareGrid {

    private final CompareTableData data;
    private final SpanningDataLayer dataLayer;
    private final SelectionLayer selection;
    private final ViewportLayer viewport;
    private final NatTable natTable;

    CompareGrid(Composite parent, CompareTableData data) {
        this.data = data;
        this.dataLayer = new SpanningDataLayer(data, data.isRight() ? 172 : 64, 26);
        dataLayer.setConfigLabelAccumulator(new CompareLabels(data));
        sizeLabelColumns();
        this.selection = new SelectionLayer(dataLayer);
        this.viewport = new ViewportLayer(selection);
        FreezeLayer freeze = new FreezeLayer(selection);
        CompositeFreezeLayer frozen = new CompositeFreezeLayer(freeze, viewport, selection);
        natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, frozen, false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new CompareStyles());
        natTable.configure();
        PrintedGridLook.freezeLabels(freeze, viewport, data.layout());
    }

    private void sizeLabelColumns() {
        int labelColumns = data.layout().labelColumns();
        for (int column = 0; column < labelColumns; column++) {
            dataLayer.setColumnWidthByPosition(column, column == labelColumns - 1 ? 220 : 56);
        }
    }

    int rows() {
        return dataLayer.getRowCount();
    }

    int rowHeight(int row) {
        return dataLayer.getRowHeightByPosition(row);
    }

    void setRowHeight(int row, int height) {
        dataLayer.setRowHeightByPosition(row, height);
    }

    NatTable control() {
        return natTable;
    }

    ViewportLayer viewport() {
        return viewport;
    }

    CompareTableData data() {
        return data;
    }

    /** Selects and shows the cell of this address; false when this side does not print it. */
    boolean reveal(CellAddress address) {
        PrintedCell cell = data.layout().find(address);
        if (cell == null) {
            return false;
        }
        natTable.doCommand(new SelectCellCommand(selection, cell.column(), cell.row(), false, false));
        natTable.doCommand(new ShowCellInViewportCommand(cell.column(), cell.row()));
        return true;
    }

    /** The address of the selected value cell, or null. */
    CellAddress selected() {
        var anchor = selection.getSelectionAnchor();
        if (anchor == null || anchor.getColumnPosition() < 0 || anchor.getRowPosition() < 0) {
            return null;
        }
        return data.printedCell(anchor.getColumnPosition(), anchor.getRowPosition()).address();
    }
}
