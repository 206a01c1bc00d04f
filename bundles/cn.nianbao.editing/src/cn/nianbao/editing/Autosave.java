package cn.nianbao.editing;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.Journal;
import cn.nianbao.store.JournalEntry;

/**
 * Journals the unsaved edits of the open reports every few seconds, so that a crash or a power cut loses
 * at most those seconds; a report that is saved or closed leaves nothing behind. No SWT here: the
 * workbench calls {@link #tick(List)} from a timer.
 */
public final class Autosave {

    /** Journal keys of reports that have a file: the prefix, then the absolute path. */
    private static final String FILE = "file:";

    private final Journal journal;
    private final Map<ReportDocument, Long> journaled = new HashMap<>();
    private final Map<ReportDocument, String> keys = new HashMap<>();

    public Autosave(Journal journal) {
        this.journal = journal;
    }

    /** Writes the documents changed since their last entry; forgets the saved and the closed ones. */
    public void tick(List<ReportDocument> open) throws IOException {
        for (ReportDocument document : List.copyOf(keys.keySet())) {
            if (!open.contains(document)) {
                forget(document);
            }
        }
        for (ReportDocument document : open) {
            if (!document.isDirty()) {
                forget(document);
            } else if (!Long.valueOf(document.changeCount()).equals(journaled.get(document))) {
                journal.write(keyOf(document), document.report());
                journaled.put(document, document.changeCount());
            }
        }
    }

    /**
     * Forgets at once the reports that were saved or closed (the officer said Save or Don't Save), without
     * waiting for the next tick: a quit right after must leave nothing to restore.
     */
    public void settle(List<ReportDocument> open) throws IOException {
        for (ReportDocument document : List.copyOf(keys.keySet())) {
            if (!open.contains(document) || !document.isDirty()) {
                forget(document);
            }
        }
    }

    public void forget(ReportDocument document) throws IOException {
        String key = keys.remove(document);
        journaled.remove(document);
        if (key != null) {
            journal.discard(key);
        }
    }

    /** What a crash left behind, newest first. */
    public List<JournalEntry> leftOver() throws IOException {
        return journal.leftOver();
    }

    public AnnualReport restore(JournalEntry entry) throws IOException {
        return journal.restore(entry);
    }

    public void discard(JournalEntry entry) throws IOException {
        journal.discard(entry.key());
    }

    /** The file a journalled report belongs to, so that a restored report saves back to it; null when none. */
    public static Path fileOf(JournalEntry entry) {
        String key = entry.key();
        if (key.startsWith(FILE)) {
            try {
                return Path.of(key.substring(FILE.length()));
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    private String keyOf(ReportDocument document) {
        return keys.computeIfAbsent(document, d -> d.file() != null ? FILE + d.file().toAbsolutePath() : "unsaved:" + UUID.randomUUID());
    }
}
