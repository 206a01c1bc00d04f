package cn.nianbao.review.ui.compare;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.layer.ILayerListener;
import org.eclipse.nebula.widgets.nattable.viewport.event.ScrollEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.PrintedLayout;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.CrossYearCheck;
import cn.nianbao.review.compare.TableComparison;
import cn.nianbao.review.ui.ReviewMessages;

/**
 * One table of both reports side by side, earlier on the left, later on the right, in the same printed
 * layout so that rows line up; scrolling one side up or down scrolls the other. The stops of F8 are the changed cells
 * and the failed year-to-year checks, in print order.
 */
final class TablePairPage extends Navigable<CellAddress> {

    private final Composite control;
    private final CompareGrid left;
    private final CompareGrid right;
    private boolean syncing;

    TablePairPage(Composite parent, Comparison comparison, String tableId, boolean english) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        TableComparison table = comparison.table(tableId);
        TableLayout layout = FormatCatalogue.template(comparison.after()).table(tableId);
        PrintedLayout printed = PrintedLayout.of(layout, row -> uses(table, layout, row));
        List<CrossYearCheck> checks = comparison.crossYear().stream().filter(c -> c.tableId().equals(tableId)).toList();
        Label summary = new Label(control, SWT.WRAP);
        summary.setText(ReviewMessages.bind(ReviewMessages.Compare_tableSummary, table.changes().size(), table.largeChanges(),
                checks.stream().filter(c -> !c.holds()).count(), checks.size()));
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sides = new SashForm(control, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        left = new CompareGrid(sides, new CompareTableData(printed, table, checks, false, english));
        right = new CompareGrid(sides, new CompareTableData(printed, table, checks, true, english));
        sides.setWeights(42, 58);
        link(left, right);
        link(right, left);
        for (CellChange change : table.cells()) {
            boolean failed = checks.stream().anyMatch(c -> !c.holds() && c.target().equals(change.address()));
            if (change.changed() || failed) {
                addStop(change.address());
            }
        }
    }

    private static boolean uses(TableComparison table, TableLayout layout, RowDef row) {
        return table.cells().stream().anyMatch(c -> c.address().row().equals(row.getId())
                && (c.before() != null || c.after() != null));
    }

    private void link(CompareGrid from, CompareGrid to) {
        ILayerListener listener = event -> {
            if (event instanceof ScrollEvent && !syncing) {
                syncing = true;
                try {
                    to.viewport().setOriginY(from.viewport().getOrigin().getY());
                } finally {
                    syncing = false;
                }
            }
        };
        from.control().addLayerListener(listener);
    }

    Composite control() {
        return control;
    }

    CompareGrid left() {
        return left;
    }

    CompareGrid right() {
        return right;
    }

    @Override
    protected void show(CellAddress stop) {
        right.reveal(stop);
        left.reveal(stop);
    }
}
