package cn.nianbao.review.ui.compare;

import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;

import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.CrossYearCheck;

/** What each printed cell of a compared table is: a label, a value, a change, a large change, an XY check. */
final class CompareLabels implements IConfigLabelAccumulator {

    static final String LABEL = "NBR_LABEL";
    static final String VALUE = "NBR_VALUE";
    static final String NO_CELL = "NBR_NO_CELL";
    static final String CHANGED = "NBR_CHANGED";
    static final String LARGE = "NBR_LARGE";
    static final String XY_OK = "NBR_XY_OK";
    static final String XY_FAIL = "NBR_XY_FAIL";
    static final java.util.List<String> ALL = java.util.List.of(LABEL, VALUE, NO_CELL, CHANGED, LARGE, XY_OK, XY_FAIL);

    private final CompareTableData data;

    CompareLabels(CompareTableData data) {
        this.data = data;
    }

    @Override
    public void accumulateConfigLabels(LabelStack labels, int column, int row) {
        PrintedCell cell = data.printedCell(column, row);
        if (cell.kind() != PrintedCell.Kind.DATA) {
            labels.addLabel(LABEL);
            return;
        }
        if (cell.address() == null) {
            labels.addLabel(NO_CELL);
            return;
        }
        CrossYearCheck check = data.check(cell);
        CellChange change = data.change(cell);
        if (check != null) {
            labels.addLabel(check.holds() ? XY_OK : XY_FAIL);
        } else if (change != null && change.large()) {
            labels.addLabel(LARGE);
        } else if (change != null && change.changed()) {
            labels.addLabel(CHANGED);
        }
        labels.addLabel(VALUE);
    }
}
