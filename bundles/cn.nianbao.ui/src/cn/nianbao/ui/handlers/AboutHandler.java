package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import cn.nianbao.ui.Messages;
import jakarta.inject.Named;

/** Help ▸ About. */
public final class AboutHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        var bundle = FrameworkUtil.getBundle(AboutHandler.class);
        String version = bundle == null ? "" : bundle.getVersion().toString();
        MessageDialog.openInformation(shell, Messages.About_title, Messages.bind(Messages.About_text, version));
    }
}
