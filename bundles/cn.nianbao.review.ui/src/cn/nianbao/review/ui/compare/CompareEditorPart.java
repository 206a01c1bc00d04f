package cn.nianbao.review.ui.compare;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import cn.nianbao.review.CellNames;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.TableComparison;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.ui.UiLanguage;
import jakarta.annotation.PostConstruct;

/**
 * The compare editor: two reports side by side, section by section. Pages: summary with the year-to-year
 * checks, one per table (cell by cell with difference and percentage), and the text. F8 / Shift+F8 step
 * through the differences of the page shown.
 */
public final class CompareEditorPart {

    /** Key of the {@link Comparison} in the part's transient data. */
    public static final String COMPARISON = "cn.nianbao.review.comparison";
    /** Key of the {@link CompareSides} in the part's transient data; two years when absent. */
    public static final String SIDES = "cn.nianbao.review.compareSides";

    private Comparison comparison;
    private CTabFolder pages;
    private SummaryPage summary;
    private final Map<String, TablePairPage> tables = new LinkedHashMap<>();
    private TextComparePage text;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        Comparison shown = (Comparison) part.getTransientData().get(COMPARISON);
        CompareSides sides = (CompareSides) part.getTransientData().get(SIDES);
        createPages(parent, shown, sides == null ? CompareSides.years(shown) : sides);
    }

    /** Builds the pages for two years of a report; also used by tests without the workbench. */
    public CTabFolder createPages(Composite parent, Comparison shown) {
        return createPages(parent, shown, CompareSides.years(shown));
    }

    /** Builds the pages with the panes headed and the XY rules shown as {@code sides} says. */
    public CTabFolder createPages(Composite parent, Comparison shown, CompareSides sides) {
        this.comparison = shown;
        boolean english = UiLanguage.english();
        pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        summary = new SummaryPage(pages, shown, sides, english);
        add(ReviewMessages.Compare_summaryPage, summary.control());
        CellNames names = new CellNames(shown.after());
        for (TableComparison table : shown.tables()) {
            TablePairPage page = new TablePairPage(pages, shown, sides, table.tableId(), english);
            tables.put(table.tableId(), page);
            add(names.tableName(table.tableId(), !english) + (table.changes().isEmpty() ? "" : " (" + table.changes().size() + ")"),
                    page.control());
        }
        text = new TextComparePage(pages, shown, sides, english);
        add(ReviewMessages.Compare_textPage, text.control());
        pages.setSelection(0);
        return pages;
    }

    private void add(String title, Control control) {
        CTabItem item = new CTabItem(pages, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    public Comparison comparison() {
        return comparison;
    }

    /** Shows a page: 0 summary, then the tables (T2, T3, T4), then the text. */
    public void showPage(int index) {
        pages.setSelection(index);
    }

    /** Steps to the next or previous difference on the page shown; false when there is none. */
    public boolean step(boolean forward) {
        Navigable<?> page = current();
        if (page == null) {
            showPage(2);
            page = current();
        }
        return page != null && page.step(forward);
    }

    private Navigable<?> current() {
        Control shown = pages.getSelection() == null ? null : pages.getSelection().getControl();
        for (TablePairPage page : tables.values()) {
            if (page.control() == shown) {
                return page;
            }
        }
        return text.control() == shown ? text : null;
    }

    TablePairPage table(String id) {
        return tables.get(id);
    }

    TextComparePage text() {
        return text;
    }

    SummaryPage summary() {
        return summary;
    }
}
