package cn.nianbao.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** A column of a list of findings or notes: its heading, its width, and what each row shows in it. */
public final class TableColumns {

    private TableColumns() {
    }

    public static <T> void add(TableViewer viewer, Class<T> rows, String title, int width, Function<T, String> text) {
        add(viewer, rows, title, width, text, row -> null);
    }

    public static <T> void add(TableViewer viewer, Class<T> rows, String title, int width, Function<T, String> text,
            Function<T, Image> image) {
        add(viewer, rows, title, width, text, image, row -> null);
    }

    /** A column whose cells also have a tooltip (for the ids a reviewer may want; null: none). */
    public static <T> void add(TableViewer viewer, Class<T> rows, String title, int width, Function<T, String> text,
            Function<T, Image> image, Function<T, String> tooltip) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rows.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image.apply(rows.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip.apply(rows.cast(element));
            }
        });
    }
}
