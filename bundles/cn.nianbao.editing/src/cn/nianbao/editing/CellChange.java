package cn.nianbao.editing;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;

import cn.nianbao.model.CellAddress;

/**
 * The command of one cell edit, paste or blanking: remembers the cells the officer touched (not the totals
 * that followed), so that undo can select them and the Edit menu can count them.
 */
public final class CellChange extends CompoundCommand {

    private final List<CellAddress> edited;

    CellChange(String label, List<CellAddress> edited) {
        super(label);
        this.edited = List.copyOf(edited);
    }

    public List<CellAddress> edited() {
        return edited;
    }
}
