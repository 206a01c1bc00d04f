package cn.nianbao.ui.parts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.validation.Validator;

/**
 * The repository in the explorer: agency → year, with the check status (✓ or the number of errors), the
 * number of revisions and the status; a
 * double-click opens the latest revision, and Save stores the next one.
 */
final class RepositoryTree {

    /** Checking means loading every report; past this many the tree lists them without their check status. */
    private static final int CHECKED_AT_MOST = 500;

    private final Tree tree;
    private final EditorOpener opener;
    private final RepositoryAccess repository;

    RepositoryTree(Composite parent, EditorOpener opener, RepositoryAccess repository) {
        this.opener = opener;
        this.repository = repository;
        new Label(parent, SWT.NONE).setText(Messages.Explorer_repository);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Explorer_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());
        tree = new Tree(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        tree.addListener(SWT.DefaultSelection, e -> openSelected());
    }

    void refresh() {
        Job job = Job.create(Messages.Explorer_repository, monitor -> {
            List<ReportSummary> reports;
            Map<Long, Long> errors = new java.util.HashMap<>();
            try {
                reports = repository.get().list(null, null);
                monitor.beginTask(Messages.Explorer_repository, Math.min(reports.size(), CHECKED_AT_MOST));
                Validator validator = new Validator();
                for (ReportSummary report : reports.subList(0, Math.min(reports.size(), CHECKED_AT_MOST))) {
                    AnnualReport current = repository.get().load(report.currentRevision());
                    errors.put(report.id(), validator.check(current).stream()
                            .filter(d -> d.severity() == Severity.ERROR).count());
                    monitor.worked(1);
                }
            } catch (Exception e) {
                String reason = FileDialogs.reason(e);
                tree.getDisplay().asyncExec(() -> Failures.show(tree.getShell(), RepositoryTree.class, Messages.Repository_title,
                        Messages.bind(Messages.Repository_failed, reason), e));
                return Status.OK_STATUS;
            }
            tree.getDisplay().asyncExec(() -> show(reports, errors));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void show(List<ReportSummary> reports, Map<Long, Long> errors) {
        if (tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        Map<String, TreeItem> agencies = new TreeMap<>();
        for (ReportSummary report : reports) {
            TreeItem agency = agencies.computeIfAbsent(report.agency(), name -> {
                TreeItem item = new TreeItem(tree, SWT.NONE);
                item.setText(name);
                return item;
            });
            TreeItem year = new TreeItem(agency, SWT.NONE);
            Long broken = errors.get(report.id());
            String check = broken == null ? "" : broken == 0 ? "✓ " : "✗ " + Messages.bind(Messages.Repository_errors, broken) + " ";
            year.setText(check + Messages.bind(Messages.Repository_entry, new Object[] { report.year(), report.revisions(),
                    DisplayNames.status(report.status()) }));
            year.setData(report);
        }
        for (TreeItem agency : tree.getItems()) {
            agency.setExpanded(true);
        }
    }

    private void openSelected() {
        TreeItem[] selection = tree.getSelection();
        if (selection.length == 0 || !(selection[0].getData() instanceof ReportSummary summary)) {
            return;
        }
        opener.openLatest(tree.getShell(), repository, summary);
    }
}
