package cn.nianbao.ui.handlers;

import java.util.Collection;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.ui.Messages;

/**
 * Closing a report with unsaved changes asks, in the user's language: save, discard, or cancel the close.
 * A save that fails (and says why) keeps the report open.
 */
public final class ReportSaveHandler implements ISaveHandler {

    @Override
    public Save promptToSave(MPart part) {
        Shell shell = Display.getCurrent().getActiveShell();
        MessageDialog dialog = new MessageDialog(shell, Messages.File_saveTitle, null,
                Messages.bind(Messages.File_saveChanges, part.getLabel()), MessageDialog.QUESTION, 0,
                Messages.Save_yes, Messages.Save_no, Messages.Save_cancel);
        return switch (dialog.open()) {
            case 0 -> Save.YES;
            case 1 -> Save.NO;
            default -> Save.CANCEL;
        };
    }

    @Override
    public Save[] promptToSave(Collection<MPart> parts) {
        return parts.stream().map(this::promptToSave).toArray(Save[]::new);
    }

    @Override
    public boolean save(MPart part, boolean confirm) {
        if (confirm) {
            Save answer = promptToSave(part);
            if (answer == Save.NO) {
                return true;
            }
            if (answer == Save.CANCEL) {
                return false;
            }
        }
        ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
        return !part.isDirty();
    }

    @Override
    public boolean saveParts(Collection<MPart> parts, boolean confirm) {
        for (MPart part : parts) {
            if (!save(part, confirm)) {
                return false;
            }
        }
        return true;
    }
}
