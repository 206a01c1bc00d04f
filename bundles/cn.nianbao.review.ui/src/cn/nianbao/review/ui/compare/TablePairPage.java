package cn.nianbao.review.ui.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.nebula.widgets.nattable.layer.ILayerListener;
import org.eclipse.nebula.widgets.nattable.resize.event.RowResizeEvent;
import org.eclipse.nebula.widgets.nattable.viewport.event.ScrollEvent;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Button;
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
 * One table of both reports side by side, earlier on the left, later on the right, each under its year, in the
 * same printed layout with rows as tall on both sides so that rows line up; scrolling one side up or down scrolls
 * the other. Rows that are zero
 * in both years can be hidden. The stops of F8 are the changed cells and the failed year-to-year checks, in
 * print order.
 */
final class TablePairPage extends Navigable<CellAddress> {

    private final Composite control;
    private final TableComparison table;
    private final TableLayout layout;
    private final List<CrossYearCheck> checks;
    private final boolean english;
    private final Composite leftPane;
    private final Composite rightPane;
    private final Button hideZeroRows;
    private CompareGrid left;
    private CompareGrid right;
    private boolean syncing;
    private boolean aligning;

    TablePairPage(Composite parent, Comparison comparison, CompareSides sides, String tableId, boolean english) {
        this.english = english;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        table = comparison.table(tableId);
        layout = FormatCatalogue.template(comparison.after()).table(tableId);
        checks = !sides.years() ? List.of()
                : comparison.crossYear().stream().filter(c -> c.tableId().equals(tableId)).toList();
        Label summary = new Label(control, SWT.WRAP);
        summary.setText(sides.years()
                ? ReviewMessages.bind(ReviewMessages.Compare_tableSummary, table.changes().size(), table.largeChanges(),
                        checks.stream().filter(c -> !c.holds()).count(), checks.size())
                : ReviewMessages.bind(ReviewMessages.Compare_revisionsTableSummary, table.changes().size(),
                        table.largeChanges()));
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        hideZeroRows = new Button(control, SWT.CHECK);
        hideZeroRows.setText(ReviewMessages.Compare_hideZeroRows);
        hideZeroRows.addListener(SWT.Selection, e -> hideZeroRows(hideZeroRows.getSelection()));
        SashForm panes = new SashForm(control, SWT.HORIZONTAL);
        panes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        leftPane = pane(panes, sides.left());
        rightPane = pane(panes, sides.right());
        panes.setWeights(42, 58);
        createGrids(false);
        for (CellChange change : table.cells()) {
            boolean failed = checks.stream().anyMatch(c -> !c.holds() && c.target().equals(change.address()));
            if (change.changed() || failed) {
                addStop(change.address());
            }
        }
    }

    /** A side of the page: its year over its grid. */
    private static Composite pane(Composite parent, String heading) {
        Composite pane = new Composite(parent, SWT.NONE);
        pane.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 4).create());
        Label year = new Label(pane, SWT.NONE);
        year.setText(heading);
        year.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        year.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return pane;
    }

    private void createGrids(boolean withoutZeroRows) {
        PrintedLayout printed = printed(withoutZeroRows);
        left = grid(leftPane, new CompareTableData(printed, table, checks, false, english));
        right = grid(rightPane, new CompareTableData(printed, table, checks, true, english));
        link(left, right);
        link(right, left);
        alignRows(left, right);
        alignRows(right, left);
    }

    private static CompareGrid grid(Composite pane, CompareTableData data) {
        CompareGrid grid = new CompareGrid(pane, data);
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return grid;
    }

    /** Shows or hides the rows that are zero (or blank) in both years; the selection goes back to the first stop. */
    void hideZeroRows(boolean hide) {
        hideZeroRows.setSelection(hide);
        left.control().dispose();
        right.control().dispose();
        createGrids(hide);
        leftPane.layout(true, true);
        rightPane.layout(true, true);
    }

    /**
     * The rows printed: an alternate row (the unsplit （六）) in place of the rows it stands for when either report
     * has a value in it, and without the rows that are zero in both years when the reviewer hides them.
     */
    private PrintedLayout printed(boolean withoutZeroRows) {
        Set<String> replaced = new HashSet<>();
        for (RowDef row : layout.dataRows()) {
            if (layout.isAlternate(row) && uses(table, row)) {
                replaced.addAll(row.getAlternateFor());
            }
        }
        return PrintedLayout.ofRows(layout, row -> (layout.isAlternate(row) ? uses(table, row) : !replaced.contains(row.getId()))
                && !(withoutZeroRows && table.zeroInBothYears(row.getId())));
    }

    private static boolean uses(TableComparison table, RowDef row) {
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

    /**
     * A row is as tall on both sides: the narrower value columns of the left side wrap headers to more lines, and
     * rows that differ in height would not line up when the sides scroll together. Label rows only grow while
     * they are painted, so making the shorter side as tall as the other settles.
     */
    private void alignRows(CompareGrid from, CompareGrid to) {
        from.control().addLayerListener(event -> {
            if (event instanceof RowResizeEvent && !aligning) {
                aligning = true;
                try {
                    for (int row = 0; row < from.rows(); row++) {
                        if (to.rowHeight(row) < from.rowHeight(row)) {
                            to.setRowHeight(row, from.rowHeight(row));
                        }
                    }
                } finally {
                    aligning = false;
                }
            }
        });
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
