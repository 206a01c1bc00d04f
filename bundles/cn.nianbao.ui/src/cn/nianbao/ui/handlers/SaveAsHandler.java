package cn.nianbao.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.ui.parts.FileDialogs;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.parts.ReportEditorPart;
import jakarta.inject.Named;

/** File ▸ Save As (Ctrl+Shift+S); a report of the repository takes its status and comments with it. */
public final class SaveAsHandler {

    @CanExecute
    public boolean canExecute(@Optional ReportDocument active) {
        return active != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReportDocument document,
            @Optional RepositoryAccess repository) {
        Path target = FileDialogs.askSaveTarget(shell, document);
        if (target != null) {
            ReportEditorPart.saveTo(shell, repository, document, target);
        }
    }
}
