package cn.nianbao.ui.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.validation.Diagnostic;

/**
 * Asked before a report with ERRORs leaves the workbench as a document: the errors (the first few), and
 * whether to export anyway or go to the first one. ERRORs cannot be accepted, so every ERROR counts.
 */
final class UncorrectedErrors {

    enum Answer { EXPORT, GO_TO_FIRST, CANCEL }

    private static final int LISTED = 5;

    private UncorrectedErrors() {
    }

    static List<Diagnostic> of(ReportDocument document) {
        return document.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR && !d.isAccepted()).toList();
    }

    /** EXPORT without asking when there is no error. */
    static Answer ask(Shell shell, ReportDocument document, List<Diagnostic> errors) {
        if (errors.isEmpty()) {
            return Answer.EXPORT;
        }
        boolean english = UiLanguage.english();
        String listed = errors.stream().limit(LISTED).map(d -> "• " + d.ruleId() + "  "
                + (d.cells().isEmpty() ? "" : DisplayNames.cells(document.report(), d.cells().subList(0, 1)) + "：")
                + (english ? d.messageEn() : d.messageZh())).collect(Collectors.joining("\n"));
        if (errors.size() > LISTED) {
            listed += "\n" + Messages.bind(Messages.Export_errorsMore, errors.size() - LISTED);
        }
        String message = Messages.bind(Messages.Export_errors, document.title(), errors.size()) + "\n\n" + listed + "\n\n"
                + Messages.Export_errorsQuestion;
        MessageDialog dialog = new MessageDialog(shell, Messages.Export_errorsTitle, null, message, MessageDialog.WARNING, 1,
                Messages.Export_anyway, Messages.Export_goToError, IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> Answer.EXPORT;
            case 1 -> Answer.GO_TO_FIRST;
            default -> Answer.CANCEL;
        };
    }
}
