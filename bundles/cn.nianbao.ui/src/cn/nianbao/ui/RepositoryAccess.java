package cn.nianbao.ui;

import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

/**
 * The workbench's one connection to the report repository in the user's data folder, opened when first
 * needed (so that a workbench that never uses it never locks it) and closed when the workbench ends.
 */
public final class RepositoryAccess {

    private static ReportRepository repository;

    private RepositoryAccess() {
    }

    public static synchronized ReportRepository get() throws RepositoryException {
        if (repository == null) {
            repository = ReportRepository.open(DataFolder.resolve(null));
        }
        return repository;
    }

    public static synchronized void close() {
        if (repository != null) {
            repository.close();
            repository = null;
        }
    }
}
