package cn.nianbao.ui.grid;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;

import cn.nianbao.editing.CellEdits;
import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.text.CellText;
import cn.nianbao.ui.Messages;

/** A block from the clipboard laid over the printed grid from an anchor cell, as one undoable change. */
final class BlockPaste {

    private final ReportDocument document;
    private final PrintedTableData data;

    BlockPaste(ReportDocument document, PrintedTableData data) {
        this.document = document;
        this.data = data;
    }

    /** Returns the refused texts; when there is any, nothing is changed. */
    List<String> paste(List<List<String>> block, int firstColumn, int firstRow, String label) {
        CellEdits edits = document.edits();
        NumberRules rules = new NumberRules(data);
        List<String> refused = new ArrayList<>();
        for (int r = 0; r < block.size(); r++) {
            for (int c = 0; c < block.get(r).size(); c++) {
                int column = firstColumn + c;
                int row = firstRow + r;
                if (column >= data.getColumnCount() || row >= data.getRowCount()) {
                    continue;
                }
                PrintedCell cell = data.printedCell(column, row);
                if (cell.kind() != PrintedCell.Kind.DATA || cell.address() == null) {
                    continue;
                }
                CellText parsed = CellText.parse(block.get(r).get(c));
                if (!parsed.isNumberOrBlank()) {
                    refused.add(Messages.bind(Messages.Grid_pasteCellRefused, new Object[] { r + 1, c + 1, parsed.printed() }));
                    continue;
                }
                try {
                    rules.validate(column, row, parsed.value());
                    edits.set(cell.address(), parsed.value());
                } catch (ValidationFailedException e) {
                    refused.add(Messages.bind(Messages.Grid_pasteCellRefused, new Object[] { r + 1, c + 1, block.get(r).get(c) })
                            + " " + e.getMessage());
                }
            }
        }
        if (refused.isEmpty()) {
            document.execute(edits.toCommand(label));
        }
        return refused;
    }
}
