package cn.nianbao.ui.parts;

import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.store.Revision;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;

/** Stores a report as a new revision in the repository, saying what happened in the user's language. */
public final class RepositorySave {

    private RepositorySave() {
    }

    public static boolean save(Shell shell, RepositoryAccess repository, ReportDocument document) {
        try {
            document.endTyping();
            Revision revision = repository.get().saveRevision(document.report(), System.getProperty("user.name"), null);
            document.belongsToRepository(revision.reportId());
            document.savedElsewhere();
            return true;
        } catch (Exception e) {
            Failures.show(shell, RepositorySave.class, Messages.Repository_title, Messages.bind(Messages.Repository_failed,
                    FileDialogs.reason(e)), e);
            return false;
        }
    }
}
