package cn.nianbao.review.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.review.ui.ReviewMessages;

/** Asks where the reports of a roll-up or a trend come from: files, or the repository. */
final class SourceChoice {

    static final int FILES = 0;
    static final int REPOSITORY = 1;

    private SourceChoice() {
    }

    /** FILES, REPOSITORY, or −1 when cancelled. */
    static int ask(Shell shell, String title, String question) {
        int answer = dialog(shell, title, question).open();
        return answer == 2 ? -1 : answer;
    }

    /** The question, not yet open (the Chinese widget walk opens it without blocking). */
    static MessageDialog dialog(Shell shell, String title, String question) {
        return new MessageDialog(shell, title, null, question, MessageDialog.QUESTION,
                new String[] { ReviewMessages.Source_files, ReviewMessages.Source_repository, ReviewMessages.Source_cancel }, 0);
    }

    static List<Path> files(Shell shell, String title) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*." + NativeFormat.EXTENSION + ";*.txt", "*.*" });
        if (dialog.open() == null) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        return files;
    }
}
