package cn.nianbao.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.web.ReportLinks;
import cn.nianbao.io.web.WebReports;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.FormDialog;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.TableColumns;
import cn.nianbao.ui.parts.FileDialogs;

/**
 * Import ▸ from a web address: the address of a report page or of a site's 年报 column. The download runs in
 * a job while the dialog shows its progress and Cancel stops it; a list page's reports are offered as a
 * checked list to choose from before they are fetched. A failure (offline, 404, no report) is said in the
 * dialog and the address stays there to be corrected.
 */
final class AddressImportDialog extends FormDialog {

    private final WebReports web;
    private final List<WebReports.Found> found = new ArrayList<>();
    private Text address;
    private CheckboxTableViewer links;
    private ProgressBar progress;
    private Label status;
    /** The job whose result the dialog waits for; a cancelled one finishes unheard. */
    private Job running;

    AddressImportDialog(Shell shell, WebReports web) {
        super(shell, Messages.Address_title);
        this.web = web;
    }

    /** The reports fetched, read or not, in the order of the list page; empty until the dialog closes with OK. */
    List<WebReports.Found> found() {
        return found;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite body = form(parent, Messages.Address_message, 2);
        Composite area = body.getParent();
        new Label(body, SWT.NONE).setText(Messages.Address_label);
        address = new Text(body, SWT.BORDER | SWT.SINGLE);
        address.setMessage("https://");
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(address);
        address.addModifyListener(e -> enableImport());
        links = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        links.getTable().setHeaderVisible(true);
        TableColumns.add(links, ReportLinks.Link.class, Messages.Address_report, 380, ReportLinks.Link::title);
        TableColumns.add(links, ReportLinks.Link.class, Messages.Address_address, 300, l -> l.target().toString());
        links.setContentProvider(ArrayContentProvider.getInstance());
        links.addCheckStateListener(e -> enableImport());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 220).exclude(true).applyTo(links.getControl());
        links.getControl().setVisible(false);
        status = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);
        progress = new ProgressBar(body, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(progress);
        progress.setVisible(false);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Address_import, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        enableImport();
    }

    /** Import: the address first; once a list page is shown, the reports checked in it. */
    @Override
    protected void okPressed() {
        if (links.getControl().getVisible()) {
            fetchChosen(links.getCheckedElements());
        } else {
            fetchAddress(address.getText().strip());
        }
    }

    /** Cancel stops a download under way and leaves the dialog open; with none under way it closes the dialog. */
    @Override
    protected void cancelPressed() {
        if (running == null) {
            super.cancelPressed();
            return;
        }
        running.cancel();
        running = null;
        setErrorMessage(null);
        setMessage(Messages.Address_cancelled);
        idle();
    }

    private void fetchAddress(String text) {
        busy(1, Messages.bind(Messages.Address_fetching, text));
        start(monitor -> {
            try {
                WebReports.Listing listing = web.listing(text);
                return () -> listed(listing);
            } catch (ImportException e) {
                return () -> failed(e);
            }
        });
    }

    private void listed(WebReports.Listing listing) {
        if (listing.isReport()) {
            found.add(listing.report());
            super.okPressed();
            return;
        }
        idle();
        address.setEnabled(false);
        setMessage(Messages.bind(Messages.Address_choose, listing.links().size()));
        links.setInput(listing.links());
        links.setAllChecked(true);
        GridDataFactory.createFrom((org.eclipse.swt.layout.GridData) links.getControl().getLayoutData()).exclude(false)
                .applyTo(links.getControl());
        links.getControl().setVisible(true);
        getShell().layout(true, true);
        getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
        enableImport();
    }

    private void fetchChosen(Object[] chosen) {
        busy(chosen.length, "");
        links.getControl().setEnabled(false);
        Display display = getShell().getDisplay();
        start(monitor -> {
            List<WebReports.Found> fetched = new ArrayList<>();
            for (int i = 0; i < chosen.length && !monitor.isCanceled(); i++) {
                ReportLinks.Link link = (ReportLinks.Link) chosen[i];
                int done = i;
                display.asyncExec(() -> step(done, chosen.length, link.title()));
                fetched.add(web.linked(link.target()));
            }
            return () -> {
                found.addAll(fetched);
                super.okPressed();
            };
        });
    }

    /** The work of one job; what it returns runs in the UI thread if the dialog still waits for that job. */
    private interface Download {
        Runnable run(IProgressMonitor monitor);
    }

    private void start(Download download) {
        Display display = getShell().getDisplay();
        Job job = Job.create(Messages.Address_title, (IProgressMonitor monitor) -> {
            Runnable then;
            try {
                then = download.run(monitor);
            } catch (RuntimeException e) {
                Failures.log(AddressImportDialog.class, Messages.Address_title, e);
                then = () -> failed(e);
            }
            Runnable outcome = then;
            Job self = Job.getJobManager().currentJob();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (running == self && getShell() != null) {
                        running = null;
                        outcome.run();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        running = job;
        job.setSystem(true);
        job.schedule();
    }

    /** The title area holds two lines: it says that the import failed, the reason below may be longer. */
    private void failed(Exception e) {
        idle();
        setErrorMessage(Messages.Address_failed);
        status.setText(FileDialogs.reason(e));
        getShell().layout(true, true);
    }

    private void step(int done, int total, String title) {
        if (getShell() != null && running != null) {
            progress.setSelection(done);
            status.setText(Messages.bind(Messages.Address_fetchingReport, new Object[] { done + 1, total, title }));
        }
    }

    private void busy(int total, String text) {
        setErrorMessage(null);
        setMessage(Messages.Address_message);
        address.setEnabled(false);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        progress.setMaximum(Math.max(1, total));
        progress.setSelection(0);
        progress.setVisible(true);
        status.setText(text);
    }

    private void idle() {
        progress.setVisible(false);
        status.setText("");
        address.setEnabled(!links.getControl().getVisible());
        links.getControl().setEnabled(true);
        enableImport();
    }

    private void enableImport() {
        if (getButton(IDialogConstants.OK_ID) == null || address == null) {
            return;
        }
        boolean ready = links.getControl().getVisible() ? links.getCheckedElements().length > 0 : !address.getText().isBlank();
        getButton(IDialogConstants.OK_ID).setEnabled(ready && running == null);
    }
}
