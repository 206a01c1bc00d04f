package cn.nianbao.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;

/**
 * The workbench's one connection to the report repository (the user's data folder's, or a team's server chosen
 * in the preferences: {@link #use}), shared by every part
 * and handler (review's too) through the application's context: opened when first needed (so that a
 * workbench that never uses it never locks it) and closed when the workbench shuts down. H2 locks the
 * database file, so a second connection of the same workbench would fail while this one is open. Whoever
 * writes into it through the workbench calls {@link #changed()}, and the views that show it follow (no other
 * process can write while the workbench holds the lock).
 */
public final class RepositoryAccess {

    private final Path folder;
    private ServerAddress server;
    private Supplier<String> password = () -> "";
    private ReportRepository repository;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public RepositoryAccess(Path folder) {
        this.folder = folder;
    }

    public synchronized ReportRepository get() throws RepositoryException {
        if (repository == null) {
            repository = ReportRepository.open(folder, server, server == null ? null : password.get());
        }
        return repository;
    }

    /**
     * True when the repository is open or its file exists: the views that fill themselves at start open only
     * a repository that is there, so a workbench that never used one locks none (the command line can
     * write to it while it stays closed).
     */
    public synchronized boolean exists() {
        return repository != null || server != null || ReportRepository.exists(folder);
    }

    /**
     * Switches to another repository: {@code server} null for the data folder's own. The open one is closed
     * first; the views that show the repository are told and open the new one. The password is asked for
     * when the server is first opened (secure storage may ask the system's keyring).
     */
    public void use(ServerAddress server, Supplier<String> password) {
        synchronized (this) {
            close();
            this.server = server;
            this.password = password;
        }
        changed();
    }

    /** The server in use, or null for the data folder's repository. */
    public synchronized ServerAddress server() {
        return server;
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
