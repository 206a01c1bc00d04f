package cn.nianbao.ui.grid;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.WrappedTip;
import cn.nianbao.validation.Diagnostic;

/** The tooltip of a marked cell: each rule it breaks, with the cells, expected and actual, in the UI language. */
final class CellTooltip extends DefaultToolTip {

    private final NatTable natTable;
    private final PrintedTableData data;
    private final GridLabelsHolder states;
    private final boolean english;

    /** Gives the tooltip the current diagnostics by cell without holding on to a stale copy. */
    interface GridLabelsHolder {
        CellStates current();
    }

    CellTooltip(NatTable natTable, PrintedTableData data, GridLabelsHolder states, boolean english) {
        super(natTable, ToolTip.NO_RECREATE, false);
        this.natTable = natTable;
        this.data = data;
        this.states = states;
        this.english = english;
        setPopupDelay(300);
    }

    @Override
    protected boolean shouldCreateToolTip(Event event) {
        return !diagnosticsAt(event).isEmpty() && super.shouldCreateToolTip(event);
    }

    @Override
    protected String getText(Event event) {
        return diagnosticsAt(event).stream()
                .map(d -> DisplayNames.severity(d.severity()) + " " + d.ruleId() + ": " + (english ? d.messageEn() : d.messageZh()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    protected Composite createToolTipContentArea(Event event, Composite parent) {
        return WrappedTip.create(parent, getText(event));
    }

    private List<Diagnostic> diagnosticsAt(Event event) {
        int column = natTable.getColumnPositionByX(event.x);
        int row = natTable.getRowPositionByY(event.y);
        if (column < 0 || row < 0) {
            return List.of();
        }
        int columnIndex = natTable.getColumnIndexByPosition(column);
        int rowIndex = natTable.getRowIndexByPosition(row);
        if (columnIndex < 0 || rowIndex < 0) {
            return List.of();
        }
        PrintedCell cell = data.printedCell(columnIndex, rowIndex);
        return cell.address() == null ? List.of() : states.current().at(cell.address());
    }
}
