package cn.nianbao.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.ui.parts.EditorOpener;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * File ▸ Open (Ctrl+O) and File ▸ Import: a Nianbao file, or a published report that the importers read,
 * which opens as a new unsaved report.
 */
public final class OpenHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, EditorOpener opener) {
        Path file = FileDialogs.askOpen(shell);
        if (file != null) {
            opener.open(shell, file);
        }
    }
}
