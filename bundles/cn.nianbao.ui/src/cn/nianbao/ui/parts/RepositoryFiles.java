package cn.nianbao.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.ui.RepositoryAccess;

/**
 * Save As of a report opened from the repository: the file carries the report's status, status log and
 * comments as the repository has them, as {@code nianbao repo checkout} writes them, so that they travel with
 * the file (USB stick, e-mail) and come back with it through 提交新版本 or {@code repo save}.
 */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    public static void saveAs(RepositoryAccess repository, ReportDocument document, Path target)
            throws IOException, RepositoryException {
        if (document.fromRepository() && repository != null) {
            document.saveAs(target, repository.get().review(document.repositoryReport()));
        } else {
            document.saveAs(target);
        }
    }
}
