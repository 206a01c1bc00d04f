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
import cn.nianbao.ui.Reviewer;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * File ▸ Import Folder into Repository: every published report of a folder (text, HTML, Word, PDF) into the
 * repository, in the background with a progress bar, then a summary of what was imported, skipped as a
 * duplicate and failed, and which status changes the files carried were refused, with the reasons. With
 * {@code -Dnianbao.startupProbe=true} the summary is also printed ({@code NIANBAO_IMPORT_SUMMARY}), for the
 * acceptance suite.
 */
public final class ImportFolderHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, RepositoryAccess repository) {
        String chosen = new DirectoryDialog(shell).open();
        if (chosen != null) {
            start(shell, repository, Path.of(chosen));
        }
    }

    /**
     * Imports the folder in the background as the author named in the preferences (as every other change to
     * the repository from the workbench is recorded), then shows the summary.
     */
    static Job start(Shell shell, RepositoryAccess repository, Path folder) {
        String author = Reviewer.name();
        Job job = Job.create(Messages.bind(Messages.Bulk_job, folder.getFileName()), (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, 1000);
            try {
                BulkImport.Summary summary = BulkImport.run(repository.get(), folder, author, (done, total, name) -> {
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
        return job;
    }

    private static void report(Shell shell, BulkImport.Summary summary) {
        String text = ImportSummaryText.of(summary, UiLanguage.english());
        if (Boolean.getBoolean("nianbao.startupProbe")) {
            // the acceptance suite reads the summary here: it has no OCR for the dialog
            String kind = ImportSummaryText.anythingLost(summary) ? "warning " : "information ";
            System.out.println("NIANBAO_IMPORT_SUMMARY " + kind + text.replace('\n', ' '));
        }
        if (ImportSummaryText.anythingLost(summary)) {
            MessageDialog.openWarning(shell, Messages.Repository_title, text);
        } else {
            MessageDialog.openInformation(shell, Messages.Repository_title, text);
        }
    }
}
