package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.parts.EditorOpener;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * File ▸ Open (Ctrl+O) and File ▸ Import: a Nianbao file opens as it is; a published report (text, HTML,
 * Word, PDF) is read first and shown in a preview of what was read and what was not, then opens without a
 * file of its own (Save asks where), unmodified until edited.
 */
public final class OpenHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, EditorOpener opener) {
        FileDialogs.withChosenFile(shell, Messages.File_openTitle, file -> {
            if (ReportDocuments.isNative(file)) {
                opener.open(shell, file);
                return;
            }
            ImportResult result = ReportReader.read(file);
            if (new ImportPreviewDialog(shell, file, result).open() == Window.OK) {
                opener.show(new ReportDocument(result.report(), null, false));
            }
        });
    }
}
