package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.ui.parts.EditorOpener;
import jakarta.inject.Named;

/** File ▸ New (Ctrl+N): agency, level and year; the format follows the year. */
public final class NewReportHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, EditorOpener opener) {
        NewReportDialog dialog = new NewReportDialog(shell);
        if (dialog.open() == NewReportDialog.OK) {
            opener.show(ReportDocuments.create(dialog.agency(), dialog.level(), dialog.year()));
        }
    }
}
