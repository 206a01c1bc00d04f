package cn.nianbao.ui.parts;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.io.ImportException;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.UiLanguage;

/** The file dialogs of the workbench and readable reasons for file errors. */
public final class FileDialogs {

    private FileDialogs() {
    }

    /** What is done with the file the officer chose; a failure's reason is shown to them. */
    public interface FileAction {
        void run(Path file) throws Exception;
    }

    /**
     * Asks for a report file and does this with it; when that fails, one message names the file and says why,
     * under this title. Cancelling the file dialog does nothing.
     */
    public static void withChosenFile(Shell shell, String errorTitle, FileAction action) {
        Path file = askOpen(shell);
        if (file == null) {
            return;
        }
        try {
            action.run(file);
        } catch (Exception e) {
            MessageDialog.openError(shell, errorTitle, Messages.bind(Messages.File_cannotOpen, file.getFileName(), reason(e)));
        }
    }

    public static Path askOpen(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.File_openTitle);
        dialog.setFilterExtensions(new String[] { "*." + NativeFormat.EXTENSION + ";*.txt;*.html;*.htm;*.docx;*.pdf", "*.*" });
        dialog.setFilterNames(new String[] { Messages.File_reportFiles, Messages.File_allFiles });
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    public static Path askSaveTarget(Shell shell, ReportDocument document) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.File_saveTitle);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + NativeFormat.EXTENSION });
        dialog.setFileName(document.title().replace(' ', '-') + "." + NativeFormat.EXTENSION);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        return Path.of(chosen.endsWith("." + NativeFormat.EXTENSION) ? chosen : chosen + "." + NativeFormat.EXTENSION);
    }

    /** A reason a person understands, in the UI language; never a stack trace. */
    public static String reason(Exception e) {
        if (e instanceof ImportException importError) {
            return UiLanguage.english() ? importError.messageEn() : importError.messageZh();
        }
        if (e instanceof NoSuchFileException) {
            return Messages.File_notFound;
        }
        if (e instanceof AccessDeniedException) {
            return Messages.File_noPermission;
        }
        String message = e.getMessage();
        // a message-less exception would otherwise show its Java class name
        return message == null || message.isBlank() ? Messages.File_unreadable : message;
    }
}
