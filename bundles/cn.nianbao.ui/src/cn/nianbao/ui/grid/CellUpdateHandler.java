package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.command.AbstractLayerCommandHandler;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;

/**
 * Writes an entered value into the report without NatTable's own update event, which repaints the whole
 * table a tick later: the grid already repaints what the entry changed (the cell, the totals that follow it,
 * the marks of the identities it touches) as soon as the report is re-checked.
 */
final class CellUpdateHandler extends AbstractLayerCommandHandler<UpdateDataCommand> {

    private final DataLayer layer;

    CellUpdateHandler(DataLayer layer) {
        this.layer = layer;
    }

    @Override
    protected boolean doCommand(UpdateDataCommand command) {
        layer.setDataValueByPosition(command.getColumnPosition(), command.getRowPosition(), command.getNewValue());
        return true;
    }

    @Override
    public Class<UpdateDataCommand> getCommandClass() {
        return UpdateDataCommand.class;
    }
}
