package cn.nianbao.review.ui.compare;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cn.nianbao.review.CellNames;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.CrossYearCheck;
import cn.nianbao.review.compare.TableComparison;
import cn.nianbao.review.ui.ReviewMessages;

/**
 * The first page of the compare editor: the two reports, how many cells changed per table, every
 * year-to-year check (XY-01 per column, XY-02 per row) with both sides and whether it holds (✓/✗ and
 * colour), and the similarity of sections 一 and 五 (XY-03's measure, the figure the text page gives too),
 * with one line saying what it measures.
 */
final class SummaryPage {

    private final Composite control;
    private final Table checks;
    private final Label similarity;

    SummaryPage(Composite parent, Comparison comparison, CompareSides sides, boolean english) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        line(sides.left());
        line(sides.right());
        CellNames tableNames = new CellNames(comparison.after());
        for (TableComparison table : comparison.tables()) {
            line(ReviewMessages.bind(ReviewMessages.Compare_tableLine, tableNames.tableName(table.tableId(), !english),
                    table.changes().size(), table.largeChanges()));
        }
        if (!sides.years()) {
            similarity = null;
            line(ReviewMessages.Compare_revisionsNoCrossYear);
            checks = null;
            return;
        }
        similarity = line(ReviewMessages.bind(ReviewMessages.Compare_similarity, percent(comparison.similarityS1()),
                percent(comparison.similarityS5()), Format.percent(comparison.copyThreshold())));
        if (comparison.copied(comparison.similarityS1()) || comparison.copied(comparison.similarityS5())) {
            similarity.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            similarity.setText(similarity.getText() + "  " + ReviewMessages.Compare_copied);
        }
        similarity.setToolTipText(ReviewMessages.Compare_similarityExplained);
        Label explained = line(ReviewMessages.Compare_similarityExplained);
        explained.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        line(comparison.crossYearApplies() ? ReviewMessages.Compare_crossYear : ReviewMessages.Compare_noCrossYear);
        checks = new Table(control, SWT.BORDER | SWT.FULL_SELECTION);
        checks.setHeaderVisible(true);
        checks.setLinesVisible(true);
        checks.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String title : new String[] { ReviewMessages.Compare_result, ReviewMessages.Compare_rule,
                ReviewMessages.Compare_cell, ReviewMessages.Compare_formula, ReviewMessages.Compare_thisYear,
                ReviewMessages.Compare_expected }) {
            TableColumn column = new TableColumn(checks, SWT.NONE);
            column.setText(title);
        }
        CellNames names = new CellNames(comparison.after());
        Color ok = new Color(parent.getDisplay(), 0xD4, 0xF0, 0xD4);
        Color fail = new Color(parent.getDisplay(), 0xF0, 0x90, 0x90);
        for (CrossYearCheck check : comparison.crossYear()) {
            TableItem item = new TableItem(checks, SWT.NONE);
            item.setText(new String[] { check.holds() ? "✓ " + ReviewMessages.Compare_holds : "✗ " + ReviewMessages.Compare_fails,
                    check.ruleId(), names.name(check.target(), !english),
                    names.formula(check.tableId(), check.formula(), !english), Format.value(check.left()),
                    Format.value(check.right()) });
            item.setBackground(check.holds() ? ok : fail);
        }
        for (TableColumn column : checks.getColumns()) {
            column.pack();
        }
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? ReviewMessages.Compare_tooShort : Format.percent(value);
    }

    private Label line(String text) {
        Label label = new Label(control, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    Composite control() {
        return control;
    }

    /** The XY-03 line; null for two revisions. */
    Label similarity() {
        return similarity;
    }

    /** The year-to-year checks; null for two revisions. */
    Table checks() {
        return checks;
    }
}
