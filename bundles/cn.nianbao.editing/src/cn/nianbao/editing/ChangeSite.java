package cn.nianbao.editing;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.TextSection;

/**
 * Where a change happened, so that undo and redo can show it: the cells of a table, one text section, or
 * the report's details on the overview page.
 */
public record ChangeSite(List<CellAddress> cells, String sectionKey, boolean details) {

    public static final ChangeSite NOWHERE = new ChangeSite(List.of(), null, false);

    /** The site of a command run through a report's undo history. */
    public static ChangeSite of(Command command) {
        if (command instanceof CellChange cells) {
            return new ChangeSite(cells.edited(), null, false);
        }
        if (command instanceof SetCommand set) {
            if (set.getOwner() instanceof TextSection section) {
                return new ChangeSite(List.of(), section.getKey(), false);
            }
            return new ChangeSite(List.of(), null, true);
        }
        return NOWHERE;
    }
}
