package cn.nianbao.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.store.BulkImport;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * File ▸ Import Folder into Repository: every published report of a folder (text, HTML, Word, PDF) into the
 * repository, in the background with a progress bar, then a summary of what was imported, skipped as a
 * duplicate and failed, with the reasons.
 */
public final class ImportFolderHandler {

    private static final int SHOWN_FAILURES = 12;

    @Execute
    public void execute(@Named("activeShell") Shell shell, RepositoryAccess repository) {
        String chosen = new DirectoryDialog(shell).open();
        if (chosen == null) {
            return;
        }
        Path folder = Path.of(chosen);
        Job job = Job.create(Messages.bind(Messages.Bulk_job, folder.getFileName()), (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, 1000);
            try {
                BulkImport.Summary summary = BulkImport.run(repository.get(), folder, System.getProperty("user.name"),
                        (done, total, name) -> {
                            progress.setWorkRemaining(Math.max(1, total - done + 1));
                            progress.subTask(done + "/" + total + "  " + name);
                            progress.worked(1);
                        });
                repository.changed();
                shell.getDisplay().asyncExec(() -> report(shell, summary));
            } catch (Exception e) {
                shell.getDisplay().asyncExec(() -> Failures.show(shell, ImportFolderHandler.class, Messages.Repository_title,
                        Messages.bind(Messages.Repository_failed, FileDialogs.reason(e)), e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private static void report(Shell shell, BulkImport.Summary summary) {
        StringBuilder text = new StringBuilder(Messages.bind(Messages.Bulk_summary, new Object[] {
                summary.imported().size(), summary.skipped().size(), summary.failed().size() }));
        boolean english = UiLanguage.english();
        summary.failed().stream().limit(SHOWN_FAILURES).forEach(f -> text.append('\n').append(Path.of(f.file()).getFileName())
                .append(": ").append(english ? f.messageEn() : f.messageZh()));
        MessageDialog.openInformation(shell, Messages.Repository_title, text.toString());
    }
}
