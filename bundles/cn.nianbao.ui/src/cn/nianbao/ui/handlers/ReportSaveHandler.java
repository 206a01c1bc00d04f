package cn.nianbao.ui.handlers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.ui.Messages;
import cn.nianbao.ui.parts.ReportEditorPart;

/**
 * Closing a report with unsaved changes asks, in the user's language: save, discard, or cancel the close;
 * closing several (quit) asks once, with a check box per report, as Eclipse's Save Resources dialog does.
 * Don't Save really discards: the report's autosave journal goes too. A save that fails (and says why)
 * keeps the report open.
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
        List<MPart> list = new ArrayList<>(parts);
        Save[] answers = new Save[list.size()];
        if (list.size() == 1) {
            answers[0] = promptToSave(list.get(0));
            return answers;
        }
        List<String> labels = list.stream().map(ReportSaveHandler::describe).toList();
        List<Boolean> save = new CheckListDialog(Display.getCurrent().getActiveShell(), Messages.Save_resourcesTitle,
                Messages.Save_resourcesMessage, labels, Messages.Save_yes, Messages.Save_no).ask();
        for (int i = 0; i < answers.length; i++) {
            answers[i] = save == null ? Save.CANCEL : save.get(i) ? Save.YES : Save.NO;
        }
        return answers;
    }

    private static String describe(MPart part) {
        return part.getTooltip() == null || part.getTooltip().equals(part.getLabel()) ? part.getLabel()
                : part.getLabel() + "  \u2014  " + part.getTooltip();
    }

    @Override
    public boolean save(MPart part, boolean confirm) {
        Save answer = confirm ? promptToSave(part) : Save.YES;
        return apply(List.of(part), new Save[] { answer });
    }

    @Override
    public boolean saveParts(Collection<MPart> parts, boolean confirm) {
        List<MPart> list = new ArrayList<>(parts);
        Save[] answers = new Save[list.size()];
        java.util.Arrays.fill(answers, Save.YES);
        return apply(list, confirm ? promptToSave(list) : answers);
    }

    /** Saves the parts answered Save; only once every save worked are the others' changes thrown away. */
    private static boolean apply(List<MPart> parts, Save[] answers) {
        for (Save answer : answers) {
            if (answer == Save.CANCEL) {
                return false;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            MPart part = parts.get(i);
            if (answers[i] == Save.YES) {
                ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
                if (part.isDirty()) {
                    return false;
                }
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (answers[i] == Save.NO && parts.get(i).getObject() instanceof ReportEditorPart editor) {
                editor.document().discardChanges();
            }
        }
        return true;
    }
}
