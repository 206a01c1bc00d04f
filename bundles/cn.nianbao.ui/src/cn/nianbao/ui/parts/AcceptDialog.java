package cn.nianbao.ui.parts;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.FormDialog;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.Reviewer;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.validation.Diagnostic;

/** Asks for the written reason (required) and the reviewer's name (remembered) to accept a WARNING or INFO. */
final class AcceptDialog extends FormDialog {

    private final AnnualReport report;
    private final Diagnostic finding;
    private Text reasonText;
    private Text authorText;
    private String reason;
    private String author;

    AcceptDialog(Shell shell, AnnualReport report, Diagnostic finding) {
        super(shell, Messages.Accept_title);
        this.report = report;
        this.finding = finding;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite form = form(parent, Messages.Accept_message, 2);
        Composite area = form.getParent();
        caption(form, Messages.Accept_finding);
        Label what = new Label(form, SWT.WRAP);
        String message = UiLanguage.english() ? finding.messageEn() : finding.messageZh();
        String cells = finding.cells().isEmpty() ? "" : "\n" + DisplayNames.cells(report, finding.cells().subList(0, 1));
        what.setText(DisplayNames.severity(finding.severity()) + "  " + finding.ruleId() + "\n" + message + cells);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(what);
        caption(form, Messages.Accept_reason);
        reasonText = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 90).applyTo(reasonText);
        caption(form, Messages.Accept_author);
        authorText = new Text(form, SWT.BORDER);
        authorText.setText(Reviewer.name());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(authorText);
        reasonText.addListener(SWT.Modify, e -> enableOk());
        authorText.addListener(SWT.Modify, e -> enableOk());
        reasonText.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Accept_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        enableOk();
    }

    private void enableOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!reasonText.getText().isBlank() && !authorText.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        reason = reasonText.getText().strip();
        author = authorText.getText().strip();
        Reviewer.remember(author);
        super.okPressed();
    }

    String reason() {
        return reason;
    }

    String author() {
        return author;
    }
}
