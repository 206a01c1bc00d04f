package cn.nianbao.ui.handlers;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.Journal;
import cn.nianbao.store.JournalEntry;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.document.Autosave;
import cn.nianbao.ui.document.ReportDocument;
import cn.nianbao.ui.parts.EditorOpener;

/**
 * Drives the autosave from the UI thread: offers to restore what a crash left behind when the workbench
 * starts, then journals the open reports every few seconds.
 */
final class AutosaveTimer {

    private static final int PERIOD_MS = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Display display;
    private final Autosave autosave = new Autosave(Journal.in(DataFolder.resolve(null)));

    AutosaveTimer(Display display) {
        this.display = display;
    }

    void offerRestore(Shell shell, EditorOpener opener) {
        try {
            for (JournalEntry entry : autosave.leftOver()) {
                AnnualReport report = autosave.restore(entry);
                String what = report.getAgencyName() + " " + report.getYear() + " (" + TIME.format(entry.savedAt()) + ")";
                MessageDialog question = new MessageDialog(shell, Messages.Autosave_title, null,
                        Messages.bind(Messages.Autosave_restore, what), MessageDialog.QUESTION, 0,
                        Messages.Autosave_yes, Messages.Autosave_no);
                if (question.open() == 0) {
                    opener.show(new ReportDocument(report, null, true));
                }
                autosave.discard(entry);
            }
        } catch (IOException e) {
            log(e);
        }
    }

    void start() {
        display.timerExec(PERIOD_MS, this::tick);
    }

    private void tick() {
        if (display.isDisposed()) {
            return;
        }
        try {
            autosave.tick(OpenReports.all());
        } catch (IOException e) {
            log(e);
        }
        display.timerExec(PERIOD_MS, this::tick);
    }

    private static void log(IOException e) {
        ILog.of(AutosaveTimer.class).error("autosave journal", e);
    }
}
