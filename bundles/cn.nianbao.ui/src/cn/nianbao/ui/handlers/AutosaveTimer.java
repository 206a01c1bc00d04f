package cn.nianbao.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.Collections;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.Autosave;
import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.Journal;
import cn.nianbao.store.JournalEntry;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;

/**
 * Drives the autosave from the UI thread: offers, in one dialog, to restore what a crash left behind when
 * the workbench starts, then journals the open reports every few seconds. A report saved or closed (Save,
 * Don't Save) leaves the journal at once.
 */
public final class AutosaveTimer {

    private static final int PERIOD_MS = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Display display;
    private final Autosave autosave;
    private final Set<ReportDocument> watched = Collections.newSetFromMap(new WeakHashMap<>());
    private final Runnable settle = this::settle;
    private final OpenReports openReports;

    AutosaveTimer(Display display, OpenReports openReports) {
        this(display, new Autosave(Journal.in(DataFolder.resolve(null))), openReports);
    }

    /** For tests: the autosave of a given journal. */
    public AutosaveTimer(Display display, Autosave autosave, OpenReports openReports) {
        this.display = display;
        this.autosave = autosave;
        this.openReports = openReports;
    }

    /** Asks once about every report a crash left behind; the checked ones open with their file. */
    public void offerRestore(Shell shell, Consumer<ReportDocument> opener) {
        try {
            List<JournalEntry> entries = new ArrayList<>();
            List<AnnualReport> reports = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (JournalEntry entry : autosave.leftOver()) {
                try {
                    AnnualReport report = autosave.restore(entry);
                    entries.add(entry);
                    reports.add(report);
                    labels.add(label(entry, report));
                } catch (IOException damaged) {
                    log(damaged);
                }
            }
            if (entries.isEmpty()) {
                return;
            }
            List<Boolean> restore = new CheckListDialog(shell, Messages.Autosave_title, Messages.Autosave_list, labels,
                    Messages.Autosave_restoreChecked, Messages.Autosave_discardAll).ask();
            if (restore == null) {
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                autosave.discard(entries.get(i));
                if (restore.get(i)) {
                    opener.accept(new ReportDocument(reports.get(i), Autosave.fileOf(entries.get(i)), true));
                }
            }
        } catch (IOException e) {
            log(e);
        }
    }

    private static String label(JournalEntry entry, AnnualReport report) {
        Path file = Autosave.fileOf(entry);
        return Messages.bind(Messages.Autosave_entry, new Object[] { report.getAgencyName() + " " + report.getYear(),
                file == null ? Messages.Autosave_newReport : file.toString(), TIME.format(entry.savedAt()) });
    }

    public void start() {
        openReports.addListener(settle);
        display.timerExec(PERIOD_MS, this::tick);
    }

    /** Stops following the open reports (the workbench is closing; tests). */
    public void stop() {
        openReports.removeListener(settle);
    }

    private void tick() {
        if (display.isDisposed()) {
            return;
        }
        try {
            autosave.tick(openReports.all());
        } catch (IOException e) {
            log(e);
        }
        display.timerExec(PERIOD_MS, this::tick);
    }

    /** Runs when a report opens, closes or changes: a saved or closed one leaves the journal now. */
    private void settle() {
        for (ReportDocument document : openReports.all()) {
            if (watched.add(document)) {
                document.addListener(settle);
            }
        }
        try {
            autosave.settle(openReports.all());
        } catch (IOException e) {
            log(e);
        }
    }

    /** Writes the journal now instead of on the next tick (tests, and before a risky step). */
    public void journalNow() {
        try {
            autosave.tick(openReports.all());
        } catch (IOException e) {
            log(e);
        }
    }

    private static void log(IOException e) {
        ILog.of(AutosaveTimer.class).error("autosave journal", e);
    }
}
