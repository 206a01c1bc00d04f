package cn.nianbao.ui.handlers;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.export.ReportExporter;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.parts.EditorReveal;
import cn.nianbao.ui.parts.FileDialogs;
import cn.nianbao.validation.Diagnostic;
import jakarta.inject.Named;

/**
 * File ▸ Export (Ctrl+E): the active report in the format of the name typed (see {@link ExportChoice}),
 * written in the background with progress; a report with errors asks first ({@link UncorrectedErrors}).
 */
public final class ExportHandler {

    @CanExecute
    public boolean canExecute(@Optional ReportDocument active) {
        return active != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReportDocument active, EPartService partService) {
        List<Diagnostic> errors = UncorrectedErrors.of(active);
        switch (UncorrectedErrors.ask(shell, active, errors)) {
            case GO_TO_FIRST -> {
                errors.stream().filter(d -> !d.cells().isEmpty()).findFirst()
                        .ifPresent(d -> EditorReveal.show(partService, active, d.cells().get(0)));
                return;
            }
            case CANCEL -> {
                return;
            }
            case EXPORT -> {
                // on to the file chooser
            }
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setOverwrite(true);
        var exporters = ExportChoice.offered();
        dialog.setFilterExtensions(exporters.stream().map(e -> "*." + e.extension()).toArray(String[]::new));
        dialog.setFilterNames(exporters.stream().map(ExportChoice::filterName).toArray(String[]::new));
        dialog.setFileName(active.title().replace(' ', '-'));
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        ExportChoice choice = ExportChoice.of(chosen, dialog.getFilterIndex());
        ReportExporter exporter = choice.exporter();
        Path target = choice.target();
        AnnualReport snapshot;
        try {
            snapshot = NativeFormat.fromBytes(NativeFormat.toBytes(active.report()));
        } catch (java.io.IOException e) {
            Failures.show(shell, ExportHandler.class, Messages.Export_title,
                    Messages.bind(Messages.Export_failed, FileDialogs.reason(e)), e);
            return;
        }
        Job job = Job.create(Messages.Export_title + ": " + target.getFileName(), monitor -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exporter.write(snapshot, out);
                AtomicFiles.write(target, out.toByteArray());
                shell.getDisplay().asyncExec(() -> MessageDialog.openInformation(shell, Messages.Export_title,
                        Messages.bind(Messages.Export_done, target)));
                return Status.OK_STATUS;
            } catch (Exception e) {
                shell.getDisplay().asyncExec(() -> Failures.show(shell, ExportHandler.class, Messages.Export_title,
                        Messages.bind(Messages.Export_failed, FileDialogs.reason(e)), e));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
