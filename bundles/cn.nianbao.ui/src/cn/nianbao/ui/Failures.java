package cn.nianbao.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * A failure the user must hear about: written with its stack trace to the error log (Help ▸ Show Log), and
 * told in the user's language without one, with a pointer to the log.
 */
public final class Failures {

    private Failures() {
    }

    /** Logs and shows an error; {@code where} names the bundle the log entry comes from. */
    public static void show(Shell shell, Class<?> where, String title, String message, Throwable cause) {
        log(where, message, cause);
        MessageDialog.openError(shell, title, message + "\n\n" + Messages.Log_seeLog);
    }

    /** Logs and shows a warning: the work went on another way (a fall-back), but the user should know. */
    public static void warn(Shell shell, Class<?> where, String title, String message, Throwable cause) {
        ILog.of(where).warn(message, cause);
        MessageDialog.openWarning(shell, title, message + "\n\n" + Messages.Log_seeLog);
    }

    public static void log(Class<?> where, String message, Throwable cause) {
        ILog.of(where).error(message, cause);
    }
}
