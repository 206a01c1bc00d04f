package cn.nianbao.ui.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.TableColumns;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.validation.Diagnostic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Every diagnostic of the active report: severity (icon and word), rule, message and cells, filtered by
 * severity, and beside them the reviewers' comments ({@link CommentList}). A double-click shows the cells in
 * the editor.
 */
public final class ChecksPart {

    @Inject
    private EPartService partService;
    @Inject
    private OpenReports openReports;
    /** Optional: without a repository (a test's) the comments are those the report's file carries. */
    @Inject
    @Optional
    private RepositoryAccess repository;

    private TableViewer viewer;
    private Combo filter;
    private Label summary;
    private FindingMenu menu;
    private FindingDetail detail;
    private SashForm outer;
    private SashForm split;
    private CommentList comments;
    private ReportDocument shown;
    private final Runnable documentListener = this::refresh;
    private final Runnable reportsListener = this::follow;

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(parent);
        filter = new Combo(parent, SWT.READ_ONLY);
        filter.add(Messages.Checks_all);
        for (Severity severity : Severity.VALUES) {
            filter.add(DisplayNames.severity(severity));
        }
        filter.add(Messages.Checks_accepted);
        filter.select(0);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
        filter.addListener(SWT.Selection, e -> refresh());
        // side by side: the view is wide and short (below the editor), so rows stay visible on a laptop screen
        // the reviewers' comments beside the findings (the view is short), shown only when the report has some
        outer = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(outer);
        split = new SashForm(outer, SWT.HORIZONTAL);
        viewer = new TableViewer(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        boolean english = UiLanguage.english();
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_severity, 150, ChecksPart::severity, this::icon);
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_rule, 70, Diagnostic::ruleId);
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_message, 700, d -> english ? d.messageEn() : d.messageZh(),
                d -> null, d -> (english ? d.messageEn() : d.messageZh()) + acceptance(d));
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_place, 320, this::place, d -> null,
                d -> d.cells().isEmpty() ? null
                        : DisplayNames.cells(shown.report(), d.cells()) + "\n" + Messages.bind(Messages.Checks_ids,
                                DisplayNames.cellIds(d.cells())));
        ToolTip tips = new ColumnViewerToolTipSupport(viewer, ToolTip.NO_RECREATE, false) {
        };
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection()));
        menu = new FindingMenu(viewer, () -> shown, () -> reveal(viewer.getStructuredSelection()), repository, tips::hide);
        detail = new FindingDetail(split, cell -> EditorReveal.show(partService, shown, cell));
        split.setWeights(13, 7);
        comments = new CommentList(outer, repository, (document, comment) -> EditorReveal.show(partService, document, comment));
        outer.setWeights(1, 1);
        viewer.addSelectionChangedListener(e -> showDetail());
        openReports.addListener(reportsListener);
        if (repository != null) {
            repository.addListener(documentListener);
        }
        follow();
    }

    private static String severity(Diagnostic diagnostic) {
        String word = DisplayNames.severity(diagnostic.severity());
        return diagnostic.isAccepted() ? Messages.bind(Messages.Accept_accepted, word) : word;
    }

    /** Who accepted the finding, when and why, for its tooltip; empty when it is open. */
    private static String acceptance(Diagnostic diagnostic) {
        if (!diagnostic.isAccepted()) {
            return "";
        }
        var accepted = diagnostic.accepted();
        String date = accepted.getDate() == null ? "" : java.time.LocalDate.ofInstant(accepted.getDate().toInstant(),
                java.time.ZoneId.systemDefault()).toString();
        return "\n" + Messages.bind(Messages.Accept_tooltip, new Object[] { accepted.getReason(), accepted.getAuthor(), date });
    }

    /** The first cell as its table prints it, and how many more there are. */
    private String place(Diagnostic diagnostic) {
        if (diagnostic.cells().isEmpty()) {
            return "";
        }
        String first = DisplayNames.cells(shown.report(), diagnostic.cells().subList(0, 1));
        int more = diagnostic.cells().size() - 1;
        return more == 0 ? first : Messages.bind(Messages.Checks_moreCells, new Object[] { first, more, more + 1 });
    }

    private Image icon(Diagnostic diagnostic) {
        return JFaceResources.getImage(switch (diagnostic.severity()) {
            case ERROR -> Dialog.DLG_IMG_MESSAGE_ERROR;
            case WARNING -> Dialog.DLG_IMG_MESSAGE_WARNING;
            default -> Dialog.DLG_IMG_MESSAGE_INFO;
        });
    }

    private void follow() {
        ReportDocument current = openReports.current();
        if (current == shown) {
            return;
        }
        if (shown != null) {
            shown.removeListener(documentListener);
        }
        shown = current;
        if (shown != null) {
            shown.addListener(documentListener);
        }
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            List<Diagnostic> diagnostics = shown == null ? List.of() : shown.diagnostics();
            summary.setText(shown == null ? Messages.Checks_none : summary(diagnostics));
            int chosen = filter.getSelectionIndex();
            if (chosen > Severity.VALUES.size()) {
                diagnostics = diagnostics.stream().filter(Diagnostic::isAccepted).toList();
            } else if (chosen > 0) {
                // a severity lists the open findings; accepted ones are counted and listed apart
                Severity severity = Severity.VALUES.get(chosen - 1);
                diagnostics = diagnostics.stream().filter(d -> d.severity() == severity && !d.isAccepted()).toList();
            }
            Object before = viewer.getStructuredSelection().getFirstElement();
            viewer.setInput(diagnostics);
            // the same finding stays selected through a re-check (its acceptance may have changed)
            if (before instanceof Diagnostic old) {
                diagnostics.stream().filter(d -> d.ruleId().equals(old.ruleId()) && d.cells().equals(old.cells())).findFirst()
                        .ifPresent(d -> viewer.setSelection(new StructuredSelection(d), true));
            }
            showDetail();
            outer.setMaximizedControl(comments.show(shown) == 0 ? split : null);
        });
    }

    /** The 意见 group (tests tick its boxes and read its rows). */
    CommentList comments() {
        return comments;
    }

    private void showDetail() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        detail.show(shown == null ? null : shown.report(), selected instanceof Diagnostic d ? d : null);
    }

    /** The detail pane (tests read its text). */
    FindingDetail detail() {
        return detail;
    }

    /** Open findings by severity, and the accepted ones apart: "错误 1 条，警告 2 条，提示 0 条；已接受 1 条". */
    public static String summary(List<Diagnostic> diagnostics) {
        long[] open = new long[Severity.VALUES.size()];
        long accepted = 0;
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isAccepted()) {
                accepted++;
            } else {
                open[diagnostic.severity().getValue()]++;
            }
        }
        return Messages.bind(Messages.Checks_summary, new Object[] { open[Severity.ERROR_VALUE], open[Severity.WARNING_VALUE],
                open[Severity.INFO_VALUE], accepted });
    }

    /** The context menu's accept and revoke (tests use them as a user's choice in the menu would). */
    FindingMenu menu() {
        return menu;
    }

    /** The diagnostics shown now (tests read this). */
    public List<?> shownDiagnostics() {
        return (List<?>) viewer.getInput();
    }

    private void reveal(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof Diagnostic diagnostic) || diagnostic.cells().isEmpty()) {
            return;
        }
        EditorReveal.show(partService, shown, diagnostic.cells().get(0));
    }

    @PreDestroy
    public void dispose() {
        openReports.removeListener(reportsListener);
        if (repository != null) {
            repository.removeListener(documentListener);
        }
        if (shown != null) {
            shown.removeListener(documentListener);
        }
    }
}
