package cn.nianbao.ui.parts;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.validation.Acceptances;
import cn.nianbao.validation.Diagnostic;

/**
 * The Checks view's context menu: show the cells, Accept… a WARNING or INFO with a written reason, Revoke
 * an acceptance (both through the report's undo history, {@link AcceptanceChange}), and 添加意见… on the
 * finding (where the report takes comments: its file, or a repository there is).
 */
final class FindingMenu {

    private final TableViewer viewer;
    private final Supplier<ReportDocument> document;
    private final Runnable showCells;
    private final RepositoryAccess repository;
    private final Runnable hideTips;

    /** {@code hideTips}: the rows' tooltip is hidden when the menu opens (see {@link #fill}). */
    FindingMenu(TableViewer viewer, Supplier<ReportDocument> document, Runnable showCells, RepositoryAccess repository,
            Runnable hideTips) {
        this.viewer = viewer;
        this.hideTips = hideTips;
        this.document = document;
        this.showCells = showCells;
        this.repository = repository;
        MenuManager manager = new MenuManager();
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(this::fill);
        viewer.getControl().setMenu(manager.createContextMenu(viewer.getControl()));
    }

    private void fill(org.eclipse.jface.action.IMenuManager menu) {
        // a row's tooltip left on screen kept a dialog opened from the menu from taking Return, Tab or Escape
        // (GTK; UI acceptance scenario 20: the mouse rests on the clicked row)
        hideTips.run();
        Diagnostic finding = selected();
        if (finding == null || document.get() == null) {
            return;
        }
        menu.add(action(Messages.Accept_showCells, !finding.cells().isEmpty(), showCells));
        boolean acceptable = finding.severity() != Severity.ERROR;
        menu.add(action(Messages.Accept_menu, acceptable && !finding.isAccepted(), () -> accept(finding)));
        menu.add(action(Messages.Accept_revokeMenu, finding.isAccepted(), () -> revoke(finding)));
        ReportDocument report = document.get();
        if (repository != null || !report.fromRepository()) {
            menu.add(new Separator());
            menu.add(action(Messages.Comment_addMenu, true,
                    () -> CommentDialog.onFinding(viewer.getControl().getShell(), repository, report, finding)));
        }
    }

    /** Asks for the reason and records the acceptance; false when the user cancelled. */
    boolean accept(Diagnostic finding) {
        ReportDocument report = document.get();
        AcceptDialog dialog = new AcceptDialog(viewer.getControl().getShell(), report.report(), finding);
        if (dialog.open() != Window.OK) {
            return false;
        }
        report.execute(new AcceptanceChange(Messages.bind(Messages.Accept_change, finding.ruleId()), report.report(),
                r -> Acceptances.accept(r, finding, dialog.reason(), dialog.author())));
        return true;
    }

    void revoke(Diagnostic finding) {
        ReportDocument report = document.get();
        report.execute(new AcceptanceChange(Messages.bind(Messages.Accept_revokeChange, finding.ruleId()), report.report(),
                r -> Acceptances.revoke(r, finding)));
    }

    private Diagnostic selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Diagnostic d ? d : null;
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }
}
