package cn.nianbao.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

/**
 * The workbench's one connection to the report repository in the user's data folder, shared by every part
 * and handler (review's too) through the application's context: opened when first needed (so that a
 * workbench that never uses it never locks it) and closed when the workbench shuts down. H2 locks the
 * database file, so a second connection of the same workbench would fail while this one is open. Whoever
 * writes into it through the workbench calls {@link #changed()}, and the views that show it follow (no other
 * process can write while the workbench holds the lock).
 */
public final class RepositoryAccess {

    private final Path folder;
    private ReportRepository repository;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public RepositoryAccess(Path folder) {
        this.folder = folder;
    }

    public synchronized ReportRepository get() throws RepositoryException {
        if (repository == null) {
            repository = ReportRepository.open(folder);
        }
        return repository;
    }

    /**
     * True when the repository is open or its file exists: the views that fill themselves at start open only
     * a repository that is there, so a workbench that never used one locks none (the command line can
     * write to it while it stays closed).
     */
    public synchronized boolean exists() {
        return repository != null || ReportRepository.exists(folder);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells the views that show the repository that it changed (a revision, a status, a withdrawal). */
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    public synchronized void close() {
        if (repository != null) {
            repository.close();
            repository = null;
        }
    }
}
