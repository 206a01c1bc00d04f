package cn.nianbao.ui.grid;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditBindings;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.layer.SpanningDataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRegionCommand;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataToClipboardCommand;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Composite;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.PrintedLayoutKind;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.document.ClipboardTable;
import cn.nianbao.ui.document.ReportDocument;

/**
 * One table of a report as an editable NatTable grid in the official layout. Typing, Tab/Enter/arrow keys
 * and Ctrl+C come from NatTable; Ctrl+V pastes a block copied from Excel or WPS, Delete blanks the selected
 * cells, each as one undoable step. The grid repaints its marks whenever the document is re-checked.
 */
public final class ReportGrid {

    private final ReportDocument document;
    private final PrintedTableData data;
    private final SpanningDataLayer dataLayer;
    private final SelectionLayer selectionLayer;
    private final NatTable natTable;
    private final GridLabels labels;
    private final Runnable listener = this::documentChanged;
    private CellStates states;

    public ReportGrid(Composite parent, ReportDocument document, TableLayout table, boolean english) {
        this.document = document;
        this.data = new PrintedTableData(document, table, english);
        this.states = new CellStates(document.diagnostics());
        this.dataLayer = new SpanningDataLayer(data, 84, 26);
        this.labels = new GridLabels(data, states);
        dataLayer.setConfigLabelAccumulator(labels);
        sizeLabelColumns();
        this.selectionLayer = new SelectionLayer(dataLayer);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        viewport.addConfiguration(new DefaultEditConfiguration());
        natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, viewport, false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new DefaultEditBindings());
        natTable.addConfiguration(new GridStyles(data));
        natTable.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry registry) {
                registry.registerKeyBinding(new KeyEventMatcher(SWT.MOD1, 'v'), (table, event) -> pasteFromClipboard());
                registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.DEL), (table, event) -> blankSelection());
            }
        });
        natTable.configure();
        new CellTooltip(natTable, data, () -> states, english);
        document.addListener(listener);
        natTable.addDisposeListener(e -> document.removeListener(listener));
    }

    public NatTable control() {
        return natTable;
    }

    /**
     * Label columns get room for the official labels; value columns stay narrow, wider in 表二 (few columns,
     * long headers), narrower in 表四 (fifteen in one line).
     */
    private void sizeLabelColumns() {
        boolean grid = data.table().definition().getPrintedLayout() == PrintedLayoutKind.GRID;
        int valueWidth = switch (data.table().definition().getPrintedLayout()) {
            case BLOCKS -> 120;
            case ONE_LINE -> 66;
            default -> 84;
        };
        int labelColumns = data.layout().labelColumns();
        for (int column = 0; column < data.getColumnCount(); column++) {
            boolean innermost = column == labelColumns - 1;
            int width = column >= labelColumns ? valueWidth : innermost ? (grid ? 300 : 160) : 112;
            dataLayer.setColumnWidthByPosition(column, width);
        }
    }

    private void documentChanged() {
        if (natTable.isDisposed()) {
            return;
        }
        states = new CellStates(document.diagnostics());
        labels.setStates(states);
        natTable.refresh(false);
    }

    /** Selects and shows the printed cell of a value; false when this grid does not show it. */
    public boolean reveal(CellAddress address) {
        PrintedCell cell = data.layout().find(address);
        if (cell == null) {
            return false;
        }
        natTable.doCommand(new SelectCellCommand(selectionLayer, cell.column(), cell.row(), false, false));
        natTable.doCommand(new ShowCellInViewportCommand(cell.column(), cell.row()));
        return true;
    }

    /**
     * Commits a text typed into the cell at this printed position exactly as the cell editor does: read as a
     * number, checked by the number rules, then written through the layer stack. Returns the reason it was
     * refused, or null when it was taken.
     */
    public String commitTyped(int column, int row, String text) {
        Object value;
        try {
            value = new NumberDisplayConverter().displayToCanonicalValue(text);
            new NumberRules(data).validate(column, row, value);
        } catch (ConversionFailedException | ValidationFailedException e) {
            return e.getMessage();
        }
        natTable.doCommand(new UpdateDataCommand(selectionLayer, column, row, value));
        return null;
    }

    PrintedTableData data() {
        return data;
    }

    public void pasteFromClipboard() {
        Clipboard clipboard = new Clipboard(natTable.getDisplay());
        try {
            Object text = clipboard.getContents(TextTransfer.getInstance());
            if (text instanceof String block) {
                List<String> refused = paste(block);
                if (!refused.isEmpty()) {
                    MessageDialog.openWarning(natTable.getShell(), Messages.Edit_refusedTitle,
                            Messages.Edit_pasteRefused + "\n" + String.join("\n", refused.subList(0, Math.min(10, refused.size()))));
                }
            }
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * Pastes a tab-separated block at the selection anchor, cell by printed cell: label cells are skipped,
     * a value that is not a number refuses the whole paste with a message and changes nothing.
     */
    public List<String> paste(String block) {
        PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
        if (anchor == null || anchor.getColumnPosition() < 0) {
            return List.of();
        }
        return new BlockPaste(document, data).paste(ClipboardTable.parse(block), anchor.getColumnPosition(),
                anchor.getRowPosition(), Messages.Edit_paste);
    }

    public void blankSelection() {
        var edits = document.edits();
        for (PositionCoordinate position : selectionLayer.getSelectedCellPositions()) {
            PrintedCell cell = data.printedCell(position.getColumnPosition(), position.getRowPosition());
            if (cell.kind() == PrintedCell.Kind.DATA && cell.address() != null) {
                edits.set(cell.address(), null);
            }
        }
        document.execute(edits.toCommand(Messages.Edit_blank));
    }

    /** Selects a rectangle of printed cells, as a drag with the mouse does. */
    public void selectRange(int firstColumn, int firstRow, int lastColumn, int lastRow) {
        natTable.doCommand(new SelectRegionCommand(selectionLayer, firstColumn, firstRow, lastColumn - firstColumn + 1,
                lastRow - firstRow + 1, false, false));
    }

    /** Copies the selection to the clipboard as tab-separated text, as Ctrl+C does. */
    public void copySelection() {
        natTable.doCommand(new CopyDataToClipboardCommand("\t", System.lineSeparator(), natTable.getConfigRegistry()));
    }

    /** Selects the printed cell at this position (tests and keyboard navigation start here). */
    public void select(int column, int row) {
        natTable.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
    }

    /**
     * Selects the printed cells of these values (an undone paste, say) and shows the first one; values
     * this grid does not print are skipped. False when it prints none of them.
     */
    public boolean selectCells(List<CellAddress> addresses) {
        boolean first = true;
        for (CellAddress address : addresses) {
            PrintedCell cell = data.layout().find(address);
            if (cell != null) {
                natTable.doCommand(new SelectCellCommand(selectionLayer, cell.column(), cell.row(), false, !first));
                if (first) {
                    natTable.doCommand(new ShowCellInViewportCommand(cell.column(), cell.row()));
                }
                first = false;
            }
        }
        return !first;
    }
}
