package cn.nianbao.ui.handlers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.ui.Messages;
import jakarta.inject.Named;

/**
 * Help ▸ Show Log: the error log of this workbench (the only place stack traces go), with its location and
 * a button that copies it, so that an officer can send it to whoever supports them.
 */
public final class ShowLogHandler {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int MAX_CHARS = 200_000;

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        Path log = Platform.getLogFileLocation() == null ? null : Platform.getLogFileLocation().toPath();
        String content = read(log);
        new Dialog(shell) {
            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(Messages.Log_title);
            }

            @Override
            protected boolean isResizable() {
                return true;
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Composite area = (Composite) super.createDialogArea(parent);
                new Label(area, SWT.NONE).setText(log == null ? "" : log.toString());
                Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
                text.setText(content);
                GridDataFactory.fillDefaults().grab(true, true).hint(820, 460).applyTo(text);
                return area;
            }

            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                createButton(parent, COPY_ID, Messages.Log_copy, false);
                createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
            }

            @Override
            protected void buttonPressed(int buttonId) {
                if (buttonId == COPY_ID) {
                    Clipboard clipboard = new Clipboard(shell.getDisplay());
                    clipboard.setContents(new Object[] { content }, new Transfer[] { TextTransfer.getInstance() });
                    clipboard.dispose();
                    return;
                }
                super.buttonPressed(buttonId);
            }
        }.open();
    }

    private static String read(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return Messages.Log_empty;
        }
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > MAX_CHARS ? text.substring(text.length() - MAX_CHARS) : text;
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
