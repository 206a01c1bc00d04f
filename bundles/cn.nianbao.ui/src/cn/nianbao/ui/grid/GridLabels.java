package cn.nianbao.ui.grid;

import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;

import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.Totals;

/** Tells the styles what each printed cell is: a label, a value, a total, a cell that breaks a rule. */
final class GridLabels implements IConfigLabelAccumulator {

    static final String LABEL = "NB_LABEL";
    static final String CAPTION = "NB_CAPTION";
    static final String VALUE = "NB_VALUE";
    static final String NO_CELL = "NB_NO_CELL";
    static final String TOTAL = "NB_TOTAL";
    static final String ERROR = "NB_ERROR";
    static final String WARNING = "NB_WARNING";
    static final String AMOUNT = "NB_AMOUNT";

    private final PrintedTableData data;
    private final Totals totals;
    private CellStates states;

    GridLabels(PrintedTableData data, CellStates states) {
        this.data = data;
        this.totals = new Totals(data.table());
        this.states = states;
    }

    void setStates(CellStates states) {
        this.states = states;
    }

    @Override
    public void accumulateConfigLabels(LabelStack labels, int column, int row) {
        PrintedCell cell = data.printedCell(column, row);
        switch (cell.kind()) {
            case CAPTION -> labels.addLabel(CAPTION);
            case DATA -> addValueLabels(labels, cell);
            default -> labels.addLabel(LABEL);
        }
    }

    private void addValueLabels(LabelStack labels, PrintedCell cell) {
        if (cell.address() == null) {
            labels.addLabel(NO_CELL);
            return;
        }
        Severity worst = states.worst(cell.address());
        if (worst == Severity.ERROR) {
            labels.addLabel(ERROR);
        } else if (worst == Severity.WARNING) {
            labels.addLabel(WARNING);
        }
        if (totals.isTotal(cell.address())) {
            labels.addLabel(TOTAL);
        }
        ColumnDef column = data.table().column(cell.address().column());
        if (column != null && column.getKind() == ValueKind.AMOUNT) {
            labels.addLabel(AMOUNT);
        }
        labels.addLabel(VALUE);
    }
}
