package cn.nianbao.ui.parts;

import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.Reviewer;
import cn.nianbao.ui.WorkbenchCommands;
import jakarta.inject.Inject;

/**
 * What the repository tree's context menu does with one report: open it, show its history, compare it with
 * the year before and export it (the workbench's own commands, run on that report rather than the active
 * editor's), move it on in the workflow, and delete it from the list (a withdrawal: the hash chain keeps
 * every revision).
 */
@Creatable
public final class ReportActions {

    static final String COMPARE_PREVIOUS = "cn.nianbao.review.command.comparePrevious";
    static final String EXPORT = "cn.nianbao.app.command.export";
    private static final String HISTORY_STACK = "cn.nianbao.app.partstack.checks";

    @Inject
    private EPartService partService;
    @Inject
    private EModelService modelService;
    @Inject
    private MApplication application;
    /** Optional: a workbench without command services (a test's) offers no command items. */
    @Inject
    @Optional
    private ECommandService commands;
    @Inject
    @Optional
    private EHandlerService handlers;
    @Inject
    private RepositoryAccess repository;
    @Inject
    private EditorOpener opener;

    void open(Shell shell, ReportSummary summary) {
        opener.openLatest(shell, repository, summary);
    }

    /** The History view (beside the Checks view), showing this report. */
    void history(ReportSummary summary) {
        MPart part = partService.findPart(HistoryPart.DESCRIPTOR);
        if (part == null) {
            part = partService.createPart(HistoryPart.DESCRIPTOR);
            MPartStack stack = (MPartStack) modelService.find(HISTORY_STACK, application);
            stack.getChildren().add(part);
        }
        partService.showPart(part, PartState.ACTIVATE);
        if (part.getObject() instanceof HistoryPart history) {
            history.show(summary);
        }
    }

    /** When the History view is open, it follows the report selected in the tree (without taking the focus). */
    void follow(ReportSummary summary) {
        MPart part = partService.findPart(HistoryPart.DESCRIPTOR);
        if (part != null && part.getObject() instanceof HistoryPart history) {
            history.show(summary);
        }
    }

    /** True when a command (of a bundle that may be absent) is there to run. */
    boolean available(String commandId) {
        return commands != null && handlers != null && WorkbenchCommands.available(commands, commandId);
    }

    /** Runs a workbench command on this report as if it were the active one. */
    void run(Shell shell, String commandId, ReportSummary summary) {
        try {
            WorkbenchCommands.run(shell, commands, handlers, commandId, Map.of(),
                    Map.of(ReportDocument.class, document(summary)));
        } catch (Exception e) {
            failed(shell, e);
        }
    }

    /** 删除…: asks, naming agency and year, then withdraws the report from the list. */
    void withdraw(Shell shell, ReportSummary summary) {
        MessageDialog ask = new MessageDialog(shell, Messages.Repository_withdrawTitle, null,
                Messages.bind(Messages.Repository_withdrawQuestion, new Object[] { summary.agency(), summary.year(),
                        summary.revisions() }), MessageDialog.QUESTION, 1, Messages.Repository_withdrawYes,
                IDialogConstants.CANCEL_LABEL);
        if (ask.open() != 0) {
            return;
        }
        try {
            repository.get().withdraw(summary.id(), Reviewer.name());
            repository.changed();
        } catch (Exception e) {
            failed(shell, e);
        }
    }

    /**
     * Moves a report on in the workflow, as the user named in the preferences; a return first asks, naming
     * the open comments it carries back to the officer.
     */
    void changeStatus(Shell shell, ReportSummary summary, ReportStatus target) {
        try {
            if (target == ReportStatus.RETURNED) {
                long open = repository.get().comments(summary.id()).stream().filter(c -> c.getDoneBy() == null).count();
                MessageDialog ask = new MessageDialog(shell, Messages.Workflow_returnTitle, null,
                        Messages.bind(Messages.Workflow_returnQuestion, new Object[] { summary.agency(), summary.year(),
                                open }), MessageDialog.QUESTION, 1, Messages.Workflow_returnYes,
                        IDialogConstants.CANCEL_LABEL);
                if (ask.open() != 0) {
                    return;
                }
            }
            repository.get().changeStatus(summary.id(), target, Reviewer.name(), null);
            repository.changed();
        } catch (Exception e) {
            failed(shell, e);
        }
    }

    private ReportDocument document(ReportSummary summary) throws Exception {
        ReportDocument document = new ReportDocument(repository.get().load(summary.currentRevision()), null, false);
        document.belongsToRepository(summary.id());
        return document;
    }

    private static void failed(Shell shell, Exception e) {
        Failures.show(shell, ReportActions.class, Messages.Repository_title,
                Messages.bind(Messages.Repository_failed, FileDialogs.reason(e)), e);
    }
}
