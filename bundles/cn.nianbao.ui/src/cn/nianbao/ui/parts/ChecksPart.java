package cn.nianbao.ui.parts;

import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.TableColumns;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.validation.Diagnostic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Every diagnostic of the active report: severity (icon and word), rule, message and cells, filtered by
 * severity. A double-click shows the cells in the editor.
 */
public final class ChecksPart {

    @Inject
    private EPartService partService;
    @Inject
    private OpenReports openReports;

    private TableViewer viewer;
    private Combo filter;
    private ReportDocument shown;
    private final Runnable documentListener = this::refresh;
    private final Runnable reportsListener = this::follow;

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        filter = new Combo(parent, SWT.READ_ONLY);
        filter.add(Messages.Checks_all);
        for (Severity severity : Severity.VALUES) {
            filter.add(DisplayNames.severity(severity));
        }
        filter.select(0);
        filter.addListener(SWT.Selection, e -> refresh());
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        boolean english = UiLanguage.english();
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_severity, 90, d -> DisplayNames.severity(d.severity()),
                this::icon);
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_rule, 70, Diagnostic::ruleId);
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_message, 700, d -> english ? d.messageEn() : d.messageZh(),
                d -> null, d -> english ? d.messageEn() : d.messageZh());
        TableColumns.add(viewer, Diagnostic.class, Messages.Checks_place, 320, this::place, d -> null,
                d -> d.cells().isEmpty() ? null
                        : DisplayNames.cells(shown.report(), d.cells()) + "\n" + Messages.bind(Messages.Checks_ids,
                                DisplayNames.cellIds(d.cells())));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection()));
        openReports.addListener(reportsListener);
        follow();
    }

    /** The first cell as its table prints it, and how many more there are. */
    private String place(Diagnostic diagnostic) {
        if (diagnostic.cells().isEmpty()) {
            return "";
        }
        String first = DisplayNames.cells(shown.report(), diagnostic.cells().subList(0, 1));
        int more = diagnostic.cells().size() - 1;
        return more == 0 ? first : Messages.bind(Messages.Checks_moreCells, first, more);
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
            int chosen = filter.getSelectionIndex();
            if (chosen > 0) {
                Severity severity = Severity.VALUES.get(chosen - 1);
                diagnostics = diagnostics.stream().filter(d -> d.severity() == severity).toList();
            }
            viewer.setInput(diagnostics);
        });
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
        if (shown != null) {
            shown.removeListener(documentListener);
        }
    }
}
