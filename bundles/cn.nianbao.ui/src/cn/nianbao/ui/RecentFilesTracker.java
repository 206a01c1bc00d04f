package cn.nianbao.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import cn.nianbao.editing.ReportDocument;

/**
 * Remembers every open report's Nianbao file in the {@link RecentFiles}: when it opens, and when Save As gives
 * it a file (a new or imported report saved for the first time). Follows the open reports, so that neither the
 * editor nor the save handlers need to know about the list.
 */
public final class RecentFilesTracker {

    private final OpenReports openReports;
    private final RecentFiles recentFiles;
    private final Map<ReportDocument, Path> known = new HashMap<>();
    private final Map<ReportDocument, Runnable> watchers = new HashMap<>();

    public RecentFilesTracker(OpenReports openReports, RecentFiles recentFiles) {
        this.openReports = openReports;
        this.recentFiles = recentFiles;
        openReports.addListener(this::follow);
    }

    private synchronized void follow() {
        var open = openReports.all();
        watchers.keySet().removeIf(document -> {
            if (!open.contains(document)) {
                document.removeListener(watchers.get(document));
                known.remove(document);
                return true;
            }
            return false;
        });
        for (ReportDocument document : open) {
            if (!watchers.containsKey(document)) {
                Runnable watcher = () -> noteFile(document);
                watchers.put(document, watcher);
                document.addListener(watcher);
                noteFile(document);
            }
        }
    }

    private synchronized void noteFile(ReportDocument document) {
        Path file = document.file();
        if (file != null && !file.equals(known.get(document))) {
            known.put(document, file);
            recentFiles.remember(file, document.report().getAgencyName(), document.report().getYear());
        }
    }
}
