package cn.nianbao.ui.grid;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.swt.layout.GridData;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.layer.SpanningDataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.CellVisualUpdateEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRegionCommand;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataToClipboardCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.PrintedLayoutKind;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.text.ClipboardTable;
import cn.nianbao.ui.Messages;

/**
 * One table of a report as an editable NatTable grid in the official layout. Typing, Tab/Enter/arrow keys
 * and Ctrl+C come from NatTable; Ctrl+V pastes a block copied from Excel or WPS, Delete blanks the selected
 * cells, each as one undoable step. The grid repaints its marks whenever the document is re-checked.
 */
public final class ReportGrid {

    /** Beyond this many changed cells (a paste, an undo of one) one repaint of the table is cheaper. */
    private static final int REPAINT_WHOLE_TABLE = 40;

    private final ReportDocument document;
    private final PrintedTableData data;
    private final SpanningDataLayer dataLayer;
    private final SelectionLayer selectionLayer;
    private final NatTable natTable;
    private final ViewportLayer viewport;
    private final FreezeLayer freeze;
    private final Composite page;
    private final GridStatus status;
    private final GridLabels labels;
    private final Runnable listener = this::documentChanged;
    private CellStates states;
    private final ShownCells shown;
    private Consumer<CellAddress> commentAction;

    public ReportGrid(Composite parent, ReportDocument document, TableLayout table, boolean english) {
        this.document = document;
        this.data = new PrintedTableData(document, table, english);
        this.states = new CellStates(document.diagnostics());
        this.dataLayer = new SpanningDataLayer(data, 72, 26);
        this.labels = new GridLabels(data, states);
        dataLayer.setConfigLabelAccumulator(labels);
        this.shown = new ShownCells(data, states);
        dataLayer.registerCommandHandler(new CellUpdateHandler(dataLayer));
        sizeLabelColumns();
        this.selectionLayer = new SelectionLayer(dataLayer);
        this.viewport = new ViewportLayer(selectionLayer);
        this.freeze = new FreezeLayer(selectionLayer);
        CompositeFreezeLayer frozen = new CompositeFreezeLayer(freeze, viewport, selectionLayer);
        // one body region around the frozen parts: NatTable's selection and edit bindings match on it
        CompositeLayer body = new CompositeLayer(1, 1);
        body.setChildLayer(GridRegion.BODY, frozen, 0, 0);
        body.addConfiguration(new DefaultEditConfiguration());
        page = new Composite(parent, SWT.NONE);
        page.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 2).create());
        natTable = new NatTable(page, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, body, false);
        natTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        natTable.setData(GridStatus.TEST_KEY, "grid." + table.id());
        status = new GridStatus(page);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new GridStyles(data, new InlineRefusal(status)));
        natTable.addConfiguration(new GridBindings(this, new GridMenu(this, english,
                cell -> cell.address() == null ? List.of() : states.at(cell.address()), () -> commentAction)));
        natTable.configure();
        PrintedGridLook.freezeLabels(freeze, viewport, data.layout());
        new CellTooltip(natTable, data, () -> states, english);
        document.addListener(listener);
        natTable.addDisposeListener(e -> document.removeListener(listener));
    }

    /** Offers 添加意见… on a cell's context menu, which hands the cell to {@code action}. */
    public void onAddComment(Consumer<CellAddress> action) {
        this.commentAction = action;
    }

    /** The page of the editor that shows this grid: the table and its status line. */
    public Composite page() {
        return page;
    }

    /** The status line's text: why the last entry or paste was refused, or empty. */
    public String statusText() {
        return status.text();
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
            default -> 72;
        };
        int labelColumns = data.layout().labelColumns();
        for (int column = 0; column < data.getColumnCount(); column++) {
            boolean innermost = column == labelColumns - 1;
            int width = column >= labelColumns ? valueWidth : innermost ? (grid ? 300 : 150) : 96;
            dataLayer.setColumnWidthByPosition(column, width);
        }
    }

    private void documentChanged() {
        if (natTable.isDisposed()) {
            return;
        }
        states = new CellStates(document.diagnostics());
        labels.setStates(states);
        List<int[]> changed = shown.update(states);
        if (changed.size() > REPAINT_WHOLE_TABLE) {
            natTable.refresh(false);
            return;
        }
        for (int[] position : changed) {
            dataLayer.fireLayerEvent(new CellVisualUpdateEvent(dataLayer, position[0], position[1]));
        }
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

    /** The style labels of a printed cell wherever the table is scrolled (the marks a test checks). */
    boolean hasLabel(int column, int row, String label) {
        return dataLayer.getConfigLabelsByPosition(column, row).hasLabel(label);
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
                if (refused.isEmpty()) {
                    status.clear();
                } else {
                    status.show(refused.get(0));
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

    /** Copies the selection, then blanks it, as one undoable step after the copy. */
    public void cutSelection() {
        copySelection();
        blankSelection();
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

    /**
     * Selects the cell under a point of the table unless it is already part of the selection (a right-click
     * keeps the range it is made on); returns that printed cell, or null outside the table.
     */
    PrintedCell selectAt(int x, int y) {
        int column = natTable.getColumnPositionByX(x);
        int row = natTable.getRowPositionByY(y);
        if (column < 0 || row < 0) {
            return null;
        }
        int c = LayerUtil.convertColumnPosition(natTable, column, selectionLayer);
        int r = LayerUtil.convertRowPosition(natTable, row, selectionLayer);
        if (c < 0 || r < 0) {
            return null;
        }
        if (!selectionLayer.isCellPositionSelected(c, r)) {
            select(c, r);
        }
        return data.printedCell(c, r);
    }

    /** The centre of the selection anchor's cell in the table's coordinates (where Shift+F10 opens the menu), or null. */
    Point anchorPoint() {
        PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
        if (anchor == null || anchor.getColumnPosition() < 0 || anchor.getRowPosition() < 0) {
            return null;
        }
        // the table's own position of the anchor: the one among those on screen that maps to it
        int column = -1;
        int row = -1;
        for (int c = 0; c < natTable.getColumnCount() && column < 0; c++) {
            column = LayerUtil.convertColumnPosition(natTable, c, selectionLayer) == anchor.getColumnPosition() ? c : -1;
        }
        for (int r = 0; r < natTable.getRowCount() && row < 0; r++) {
            row = LayerUtil.convertRowPosition(natTable, r, selectionLayer) == anchor.getRowPosition() ? r : -1;
        }
        if (column < 0 || row < 0) {
            return null;
        }
        Rectangle bounds = natTable.getBoundsByPosition(column, row);
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /** The values under the selection, in reading order (label cells left out). */
    public List<CellAddress> selection() {
        List<CellAddress> selected = new java.util.ArrayList<>();
        for (PositionCoordinate position : selectionLayer.getSelectedCellPositions()) {
            PrintedCell cell = data.printedCell(position.getColumnPosition(), position.getRowPosition());
            if (cell.kind() == PrintedCell.Kind.DATA && cell.address() != null && !selected.contains(cell.address())) {
                selected.add(cell.address());
            }
        }
        return selected;
    }

    /**
     * Selects these values and scrolls the first into view, e.g. to show what an undo changed; values this
     * grid does not show are ignored. Returns whether any was selected.
     */
    public boolean selectCells(Collection<CellAddress> addresses) {
        boolean first = true;
        for (CellAddress address : addresses) {
            PrintedCell cell = data.layout().find(address);
            if (cell == null) {
                continue;
            }
            natTable.doCommand(new SelectCellCommand(selectionLayer, cell.column(), cell.row(), false, !first));
            if (first) {
                natTable.doCommand(new ShowCellInViewportCommand(cell.column(), cell.row()));
            }
            first = false;
        }
        return !first;
    }

    /** Tells the listener the first value cell of the selection each time the selection changes (null: none). */
    public void onSelection(Consumer<CellAddress> listener) {
        selectionLayer.addLayerListener(event -> {
            if (event instanceof CellSelectionEvent) {
                List<CellAddress> selected = selection();
                listener.accept(selected.isEmpty() ? null : selected.get(0));
            }
        });
    }

    /** Selects the printed cell at this position (tests and keyboard navigation start here). */
    public void select(int column, int row) {
        natTable.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
    }

    /** How many printed cells are selected now. */
    public int selectedCellCount() {
        return selectionLayer.getSelectedCellPositions().length;
    }
}
