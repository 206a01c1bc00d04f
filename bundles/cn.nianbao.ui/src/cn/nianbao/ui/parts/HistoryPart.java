package cn.nianbao.ui.parts;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.Revision;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.WorkbenchCommands;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * 历史记录: every revision of one report of the repository (revision, time, author, status, chain hash,
 * comment), following the repository as it changes. Two rows ticked (Space, or a click on the box) or
 * selected (Ctrl+click) and 比较 (or Enter) open the compare editor with those two revisions, the older on the left (the review bundle's command, reached by its id: the compare
 * editor lives above this bundle).
 */
public final class HistoryPart {

    public static final String DESCRIPTOR = "cn.nianbao.ui.partdescriptor.history";
    public static final String COMPARE_REVISIONS = "cn.nianbao.review.command.compareRevisions";
    public static final String REPORT = "cn.nianbao.review.commandparameter.report";
    public static final String BEFORE = "cn.nianbao.review.commandparameter.before";
    public static final String AFTER = "cn.nianbao.review.commandparameter.after";

    private static final int[] WIDTHS = { 50, 150, 90, 80, 110, 420 };

    @Inject
    private RepositoryAccess repository;
    @Inject
    @Optional
    private ECommandService commands;
    @Inject
    @Optional
    private EHandlerService handlers;

    private Label header;
    private Table table;
    private Button compare;
    private ReportSummary report;
    private List<HistoryRows.Row> rows = List.of();
    private BiConsumer<Revision, Revision> comparer = this::compareByCommand;
    private final Runnable listener = this::repositoryChanged;

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.NONE);
        header.setText(Messages.History_none);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        compare = new Button(parent, SWT.PUSH);
        compare.setText(Messages.History_compare);
        compare.setToolTipText(Messages.History_compareHint);
        compare.addListener(SWT.Selection, e -> compareSelected());
        table = new Table(parent, SWT.BORDER | SWT.CHECK | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
        String[] titles = { Messages.History_revision, Messages.History_time, Messages.History_author,
                Messages.History_status, Messages.History_chain, Messages.History_comment };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.Selection, e -> enableCompare());
        table.addListener(SWT.DefaultSelection, e -> compareSelected());
        enableCompare();
        repository.addListener(listener);
    }

    /** Shows the history of one report of the repository. */
    public void show(ReportSummary shown) {
        this.report = shown;
        reload();
    }

    private void repositoryChanged() {
        if (table.isDisposed()) {
            return;
        }
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed() && report != null) {
                reload();
            }
        });
    }

    private void reload() {
        try {
            report = repository.get().report(report.id()).orElse(report);
            rows = HistoryRows.of(repository.get(), report);
        } catch (Exception e) {
            Failures.show(table.getShell(), HistoryPart.class, Messages.Repository_title,
                    Messages.bind(Messages.Repository_failed, FileDialogs.reason(e)), e);
            return;
        }
        header.setText(Messages.bind(Messages.History_header, new Object[] { report.agency(), report.year(), rows.size() }));
        header.getParent().layout(true);
        table.removeAll();
        for (HistoryRows.Row row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row.cells());
            item.setData(row);
        }
        enableCompare();
    }

    private void enableCompare() {
        compare.setEnabled(chosen().length == 2);
    }

    /** The two rows to compare: the two ticked, else the two selected; none when neither makes two. */
    private int[] chosen() {
        List<Integer> ticked = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getChecked()) {
                ticked.add(i);
            }
        }
        if (ticked.size() == 2) {
            return new int[] { ticked.get(0), ticked.get(1) };
        }
        int[] selected = table.getSelectionIndices();
        java.util.Arrays.sort(selected);
        return selected.length == 2 ? selected : new int[0];
    }

    /** 比较 on the two rows ticked or selected, the older revision first; nothing when there are not two. */
    public void compareSelected() {
        int[] rowsChosen = chosen();
        if (rowsChosen.length == 2) {
            comparer.accept(rows.get(rowsChosen[0]).revision(), rows.get(rowsChosen[1]).revision());
        }
    }

    private void compareByCommand(Revision before, Revision after) {
        if (commands == null || handlers == null) {
            return;
        }
        WorkbenchCommands.run(table.getShell(), commands, handlers, COMPARE_REVISIONS,
                Map.of(REPORT, Long.toString(before.reportId()), BEFORE, Integer.toString(before.number()), AFTER,
                        Integer.toString(after.number())), Map.of());
    }

    /** For tests: what 比较 does instead of opening the compare editor. */
    void onCompare(BiConsumer<Revision, Revision> instead) {
        this.comparer = instead;
    }

    Table table() {
        return table;
    }

    Button compareButton() {
        return compare;
    }

    Label header() {
        return header;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() {
        repository.removeListener(listener);
    }
}
