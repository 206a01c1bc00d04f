package cn.nianbao.ui.parts;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.StatusFlow;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.FormDialog;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.Reviewer;

/**
 * 提交新版本…: the author (from the preferences, remembered), the status (the current one or a step the workflow
 * allows from it) and a comment. Choosing 已发布 for a
 * report with uncorrected ERRORs asks for the reason, and Commit stays greyed until one is written: the
 * confirmation is stored with the revision, with the author's name.
 */
public final class CommitDialog extends FormDialog {

    private final ReportDocument document;
    private final ReportStatus current;
    /** The current status and those the workflow allows next: a step it would refuse is not offered. */
    private final ReportStatus[] statuses;
    private final long errors;
    private Text authorText;
    private Combo statusCombo;
    private Text commentText;
    private Label errorsLabel;
    private Text reasonText;
    private Submission submission;

    /** {@code current}: the status the report has in the repository, or null for one not filed yet. */
    public CommitDialog(Shell shell, ReportDocument document, ReportStatus current) {
        super(shell, Messages.Commit_title);
        this.document = document;
        this.current = current == null ? ReportStatus.DRAFT : current;
        this.statuses = java.util.Arrays.stream(ReportStatus.values())
                .filter(s -> StatusFlow.allows(this.current, s)).toArray(ReportStatus[]::new);
        this.errors = uncorrectedErrors(document);
    }

    /** ERRORs not accepted: what publishing anyway must be confirmed for. */
    public static long uncorrectedErrors(ReportDocument document) {
        return document.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR && !d.isAccepted()).count();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite form = form(parent, Messages.bind(Messages.Commit_message, document.report().getAgencyName(),
                document.report().getYear()), 2);
        Composite area = form.getParent();
        caption(form, Messages.Commit_author);
        authorText = new Text(form, SWT.BORDER);
        authorText.setText(Reviewer.name());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(authorText);
        caption(form, Messages.Commit_status);
        statusCombo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (ReportStatus status : statuses) {
            statusCombo.add(DisplayNames.status(status));
        }
        statusCombo.select(java.util.Arrays.asList(statuses).indexOf(current));
        caption(form, Messages.Commit_comment);
        commentText = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 70).applyTo(commentText);
        errorsLabel = new Label(form, SWT.WRAP);
        errorsLabel.setText(Messages.bind(Messages.Commit_errors, errors));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(errorsLabel);
        reasonText = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 60).applyTo(reasonText);
        authorText.addListener(SWT.Modify, e -> enableOk());
        reasonText.addListener(SWT.Modify, e -> enableOk());
        statusCombo.addListener(SWT.Selection, e -> showReason());
        showReason();
        commentText.setFocus();
        return area;
    }

    private boolean reasonNeeded() {
        return statuses[statusCombo.getSelectionIndex()] == ReportStatus.PUBLISHED && errors > 0;
    }

    private void showReason() {
        boolean needed = reasonNeeded();
        for (Control control : new Control[] { errorsLabel, reasonText }) {
            control.setVisible(needed);
            ((GridData) control.getLayoutData()).exclude = !needed;
        }
        errorsLabel.getParent().layout(true);
        enableOk();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Commit_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        enableOk();
    }

    private void enableOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!authorText.getText().isBlank()
                    && (!reasonNeeded() || !reasonText.getText().isBlank()));
        }
    }

    @Override
    protected void okPressed() {
        String author = authorText.getText().strip();
        Reviewer.remember(author);
        String comment = commentText.getText().strip();
        submission = new Submission(author, comment.isEmpty() ? null : comment, statuses[statusCombo.getSelectionIndex()],
                reasonNeeded() ? reasonText.getText().strip() : null);
        super.okPressed();
    }

    /** What was confirmed, or null when the dialog was cancelled. */
    public Submission submission() {
        return submission;
    }
}
