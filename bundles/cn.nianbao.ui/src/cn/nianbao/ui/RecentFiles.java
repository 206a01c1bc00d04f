package cn.nianbao.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The Nianbao files opened or saved last, most recent first, with the agency and year they hold so that the
 * start page can name them without reading them. Kept in the preferences (one line a file), so they survive
 * a restart; a file that has since gone stays listed until the user removes it.
 */
public final class RecentFiles {

    /** One remembered file. */
    public record Entry(Path file, String agency, int year) {
    }

    static final String KEY = "recentFiles";
    public static final int MOST = 10;

    private final Preferences node;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : node.get(KEY, "").split("\n")) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                try {
                    entries.add(new Entry(Path.of(fields[2]), fields[1], Integer.parseInt(fields[0])));
                } catch (RuntimeException e) {
                    // a line spoilt by hand is skipped, the others are kept
                }
            }
        }
        return entries;
    }

    /** Puts the file first (once), keeping at most {@value #MOST} files. */
    public void remember(Path file, String agency, int year) {
        List<Entry> entries = entries();
        Path absolute = file.toAbsolutePath().normalize();
        entries.removeIf(e -> e.file().equals(absolute));
        entries.add(0, new Entry(absolute, agency == null ? "" : agency, year));
        store(entries.subList(0, Math.min(MOST, entries.size())));
    }

    public void forget(Path file) {
        List<Entry> entries = entries();
        if (entries.removeIf(e -> e.file().equals(file))) {
            store(entries);
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void store(List<Entry> entries) {
        StringBuilder lines = new StringBuilder();
        for (Entry e : entries) {
            lines.append(e.year()).append('\t').append(oneLine(e.agency())).append('\t').append(e.file()).append('\n');
        }
        node.put(KEY, lines.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still holds for this session; the log says why it was not kept
            ILog.of(RecentFiles.class).warn("recent files not stored", e);
        }
        listeners.forEach(Runnable::run);
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
