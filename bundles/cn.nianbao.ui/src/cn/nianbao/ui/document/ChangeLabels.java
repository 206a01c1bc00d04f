package cn.nianbao.ui.document;

import org.eclipse.emf.common.command.Command;

import cn.nianbao.ui.Messages;

/** How the Edit menu names a change: its label, and for more than one cell how many. */
final class ChangeLabels {

    private ChangeLabels() {
    }

    static String of(Command command) {
        if (command == null) {
            return null;
        }
        String label = command.getLabel() == null ? Messages.Edit_change : command.getLabel();
        if (command instanceof CellChange cells && cells.edited().size() > 1) {
            return Messages.bind(Messages.Edit_cellCount, label, cells.edited().size());
        }
        return label;
    }
}
