package cn.nianbao.review.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The plain lists of the review views: one row selected at a time, headers and grid lines shown. */
public final class Tables {

    private Tables() {
    }

    public static Table withColumns(Composite parent, String... titles) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : titles) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        return table;
    }
}
