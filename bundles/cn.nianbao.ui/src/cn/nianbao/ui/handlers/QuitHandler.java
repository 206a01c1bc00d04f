package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File ▸ Quit (Ctrl+Q): asks about unsaved reports first; cancelling keeps the workbench open. */
public final class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, EPartService partService) {
        if (partService.saveAll(true)) {
            workbench.close();
        }
    }
}
