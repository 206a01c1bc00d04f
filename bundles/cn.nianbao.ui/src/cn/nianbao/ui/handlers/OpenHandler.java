package cn.nianbao.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
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
        FileDialogs.withChosenFile(shell, Messages.File_openTitle, file -> openOrImport(shell, opener, file));
    }

    /** Opens a file as File ▸ Open does (the start page's recent files too); a failure is shown, never thrown. */
    public static void open(Shell shell, EditorOpener opener, Path file) {
        try {
            openOrImport(shell, opener, file);
        } catch (Exception e) {
            MessageDialog.openError(shell, Messages.File_openTitle,
                    Messages.bind(Messages.File_cannotOpen, file.getFileName(), FileDialogs.reason(e)));
        }
    }

    private static void openOrImport(Shell shell, EditorOpener opener, Path file) throws Exception {
        if (ReportDocuments.isNative(file)) {
            opener.open(shell, file);
            return;
        }
        ImportResult result = ReportReader.read(file);
        if (new ImportPreviewDialog(shell, file, result).open() == Window.OK) {
            opener.show(new ReportDocument(result.report(), null, false));
        }
    }
}
