package cn.nianbao.ui.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.CellAddress;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.ui.CellCursor;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.validation.Diagnostic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line at the bottom of the window, for the report being worked on: its agency and year, where it
 * stands in the review workflow (status and return rounds), how many
 * errors and warnings are open (accepted ones apart), whether it has unsaved changes, and the cell selected in
 * its grid named as the table prints it (its id in the tooltip, for a reviewer). It follows the active
 * editor and every change to its report; with no report open it says so.
 */
public final class StatusLine {

    static final String TEST_KEY = "org.eclipse.swtbot.widget.key";

    @Inject
    private OpenReports openReports;
    @Inject
    private CellCursor cellCursor;
    /** Optional: without a repository (a test's) only a file's own workflow status is shown. */
    @Inject
    @Optional
    private RepositoryAccess repository;

    private Label report;
    private Label findings;
    private Label saved;
    private Label cell;
    private ReportDocument shown;
    private final Runnable documentListener = this::refreshLater;
    private final Runnable reportsListener = this::refreshLater;

    @PostConstruct
    public void create(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 2).spacing(24, 0).applyTo(line);
        report = label(line, "status.report", 420);
        findings = label(line, "status.findings", 260);
        saved = label(line, "status.saved", 90);
        cell = label(line, "status.cell", 560);
        openReports.addListener(reportsListener);
        cellCursor.addListener(reportsListener);
        if (repository != null) {
            repository.addListener(reportsListener);
        }
        refresh();
    }

    private static Label label(Composite parent, String key, int width) {
        Label label = new Label(parent, SWT.NONE);
        label.setData(TEST_KEY, key);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private void refreshLater() {
        if (report != null && !report.isDisposed()) {
            report.getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (report.isDisposed()) {
            return;
        }
        ReportDocument current = openReports.current();
        if (current != shown) {
            if (shown != null) {
                shown.removeListener(documentListener);
            }
            shown = current;
            if (shown != null) {
                shown.addListener(documentListener);
            }
        }
        if (current == null) {
            report.setText(Messages.Status_noReport);
            findings.setText("");
            saved.setText("");
            cell.setText("");
            return;
        }
        String workflow = workflow(current);
        report.setText(Messages.bind(Messages.Status_report, current.report().getAgencyName(), current.report().getYear())
                + (workflow == null ? "" : "  " + workflow));
        findings.setText(counts(current));
        saved.setText(current.isDirty() ? Messages.Status_modified : "");
        // the selected cell as the table prints it: 表三 一、本年新收政府信息公开申请数量 / 自然人
        CellAddress selected = cellCursor.of(current);
        cell.setText(selected == null ? "" : DisplayNames.cells(current.report(), List.of(selected)));
        cell.setToolTipText(selected == null ? null : selected.toString());
    }

    /**
     * Where the report stands in the workflow and how often it was returned: always for a report of the
     * repository, for a file only once it went through review; null otherwise or when it cannot be read.
     */
    private String workflow(ReportDocument document) {
        try {
            if (document.fromRepository() && repository != null) {
                long id = document.repositoryReport();
                ReportStatus status = DocumentReview.status(repository, document);
                return Messages.bind(Messages.Workflow_status, DisplayNames.status(status),
                        repository.get().returnRounds(id));
            }
            if (!document.fromRepository() && document.report().getReview() != null) {
                return Messages.bind(Messages.Workflow_status,
                        DisplayNames.status(FileWorkflow.status(document.report())),
                        FileWorkflow.returnRounds(document.report()));
            }
        } catch (RepositoryException e) {
            // the status line stays quiet; the repository's own views say what is wrong with it
        }
        return null;
    }

    static String counts(ReportDocument document) {
        int errors = 0;
        int warnings = 0;
        int accepted = 0;
        for (Diagnostic diagnostic : document.diagnostics()) {
            if (diagnostic.isAccepted()) {
                accepted++;
            } else if (diagnostic.severity() == Severity.ERROR) {
                errors++;
            } else if (diagnostic.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return accepted == 0 ? Messages.bind(Messages.Status_findings, errors, warnings)
                : Messages.bind(Messages.Status_findingsAccepted, new Object[] { errors, warnings, accepted });
    }

    @PreDestroy
    public void dispose() {
        openReports.removeListener(reportsListener);
        cellCursor.removeListener(reportsListener);
        if (repository != null) {
            repository.removeListener(reportsListener);
        }
        if (shown != null) {
            shown.removeListener(documentListener);
        }
    }
}
