package cn.nianbao.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

/**
 * The workbench's one connection to the report repository in the user's data folder, shared by every part
 * and handler (review's too) through the application's context: opened when first needed (so that a
 * workbench that never uses it never locks it) and closed when the workbench shuts down. H2 locks the
 * database file, so a second connection of the same workbench would fail while this one is open.
 */
public final class RepositoryAccess {

    private final Path folder;
    private ReportRepository repository;

    public RepositoryAccess(Path folder) {
        this.folder = folder;
    }

    public synchronized ReportRepository get() throws RepositoryException {
        if (repository == null) {
            repository = ReportRepository.open(folder);
        }
        return repository;
    }

    /** True when there is a data folder to look into; a look-up that finds none need not create one. */
    public synchronized boolean present() {
        return repository != null || Files.isDirectory(folder);
    }

    public synchronized void close() {
        if (repository != null) {
            repository.close();
            repository = null;
        }
    }
}
