package cn.nianbao.ui.parts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.StatusFlow;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.validation.Validator;

/**
 * The repository in the explorer: agency → year, with the check status (✓ or the number of errors), the
 * number of revisions and the status. It fills itself at start and follows every change the workbench makes
 * to the repository ({@link RepositoryAccess#changed()}); 刷新 stays for a repository changed by hand.
 * A double-click opens the latest revision; the context menu opens, shows the history, compares with the
 * year before, exports, moves through the workflow (报送, 退回（附意见）, 同意发布, 发布, each where the report's status
 * allows it) or deletes (withdraws) a report; an open History view follows the selection. Withdrawn
 * reports are not listed.
 */
final class RepositoryTree {

    /** Checking means loading every report; past this many the tree lists them without their check status. */
    private static final int CHECKED_AT_MOST = 500;

    private final Tree tree;
    private final ReportActions actions;
    private final RepositoryAccess repository;
    private final Runnable listener = this::refreshLater;

    RepositoryTree(Composite parent, ReportActions actions, RepositoryAccess repository) {
        this.actions = actions;
        this.repository = repository;
        new Label(parent, SWT.NONE).setText(Messages.Explorer_repository);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Explorer_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());
        tree = new Tree(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        tree.addListener(SWT.DefaultSelection, e -> openSelected());
        tree.addListener(SWT.Selection, e -> {
            ReportSummary summary = selected();
            if (summary != null) {
                actions.follow(summary);
            }
        });
        tree.setMenu(contextMenu());
        repository.addListener(listener);
        tree.addListener(SWT.Dispose, e -> repository.removeListener(listener));
        if (repository.exists()) {
            refresh();
        }
    }

    private Menu contextMenu() {
        Menu menu = new Menu(tree);
        item(menu, Messages.Repository_open, summary -> actions.open(tree.getShell(), summary));
        item(menu, Messages.Repository_history, actions::history);
        if (actions.available(ReportActions.COMPARE_PREVIOUS)) {
            item(menu, Messages.Repository_comparePrevious,
                    summary -> actions.run(tree.getShell(), ReportActions.COMPARE_PREVIOUS, summary));
        }
        if (actions.available(ReportActions.EXPORT)) {
            item(menu, Messages.Repository_export, summary -> actions.run(tree.getShell(), ReportActions.EXPORT, summary));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        // 报送 resubmits a returned report as 已修改
        step(menu, Messages.Workflow_submit,
                current -> current == ReportStatus.RETURNED ? ReportStatus.REVISED : ReportStatus.SUBMITTED);
        step(menu, Messages.Workflow_return, current -> ReportStatus.RETURNED);
        step(menu, Messages.Workflow_approve, current -> ReportStatus.APPROVED);
        step(menu, Messages.Workflow_publish, current -> ReportStatus.PUBLISHED);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.Repository_withdraw, summary -> actions.withdraw(tree.getShell(), summary));
        menu.addListener(SWT.Show, e -> {
            ReportSummary summary = selected();
            for (MenuItem item : menu.getItems()) {
                // a workflow step is offered only where the report's status allows it
                item.setEnabled(summary != null && (!(item.getData() instanceof Step step)
                        || allowed(summary.status(), step.target().apply(summary.status()))));
            }
        });
        return menu;
    }

    private static boolean allowed(ReportStatus from, ReportStatus to) {
        return from != to && StatusFlow.allows(from, to);
    }

    private void step(Menu menu, String text, UnaryOperator<ReportStatus> target) {
        item(menu, text, summary -> actions.changeStatus(tree.getShell(), summary, target.apply(summary.status())));
        menu.getItem(menu.getItemCount() - 1).setData(new Step(target));
    }

    /** A workflow item's target status, from the report's current one. */
    private record Step(UnaryOperator<ReportStatus> target) {
    }

    private void item(Menu menu, String text, java.util.function.Consumer<ReportSummary> action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> {
            ReportSummary summary = selected();
            if (summary != null) {
                action.accept(summary);
            }
        });
    }

    private ReportSummary selected() {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 1 && selection[0].getData() instanceof ReportSummary summary ? summary : null;
    }

    private void refreshLater() {
        if (!tree.isDisposed()) {
            tree.getDisplay().asyncExec(() -> {
                if (!tree.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    void refresh() {
        Job job = Job.create(Messages.Explorer_repository, monitor -> {
            List<ReportSummary> reports;
            Map<Long, Long> errors = new java.util.HashMap<>();
            try {
                java.util.Set<Long> withdrawn = repository.get().withdrawn();
                reports = repository.get().list(null, null).stream().filter(r -> !withdrawn.contains(r.id())).toList();
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
        // the report selected before stays selected: a workflow step refreshes the tree under the user's hand
        ReportSummary before = selected();
        TreeItem reselect = null;
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
            if (before != null && before.id() == report.id()) {
                reselect = year;
            }
        }
        for (TreeItem agency : tree.getItems()) {
            agency.setExpanded(true);
        }
        if (reselect != null) {
            tree.setSelection(reselect);
        }
    }

    private void openSelected() {
        ReportSummary summary = selected();
        if (summary != null) {
            actions.open(tree.getShell(), summary);
        }
    }
}
