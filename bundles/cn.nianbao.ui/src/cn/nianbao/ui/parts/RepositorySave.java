package cn.nianbao.ui.parts;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.store.CarriedReview;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.SavedFile;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;

/**
 * 提交新版本…: stores a report as a new revision in the repository, only after the person said so in the
 * {@link CommitDialog} (author, status, comment, and the reason when publishing with errors); says what went
 * wrong in the user's language. Cancelling stores nothing and leaves the report as it was.
 */
public final class RepositorySave {

    private RepositorySave() {
    }

    public static boolean save(Shell shell, RepositoryAccess repository, ReportDocument document) {
        try {
            document.endTyping();
            ReportStatus current = repository.get().find(document.report().getAgencyName(), document.report().getYear())
                    .map(ReportSummary::status).orElse(null);
            CommitDialog dialog = new CommitDialog(shell, document, current);
            if (dialog.open() != Window.OK) {
                return false;
            }
            SavedFile saved = commit(repository.get(), document, dialog.submission());
            repository.changed();
            if (!saved.review().refused().isEmpty()) {
                MessageDialog.openWarning(shell, Messages.Repository_title, NLS.bind(Messages.Repository_stepsRefused,
                        saved.revision().number(), refusals(saved.review())));
            }
            return true;
        } catch (Exception e) {
            Failures.show(shell, RepositorySave.class, Messages.Repository_title, Messages.bind(Messages.Repository_failed,
                    FileDialogs.reason(e)), e);
            return false;
        }
    }

    /**
     * Writes what the dialog confirmed, with what the report's review carries (a {@code .nianbao} file that
     * travelled); the document is then saved (no longer dirty) and belongs to the repository.
     */
    public static SavedFile commit(ReportRepository repository, ReportDocument document, Submission submission)
            throws Exception {
        SavedFile saved = repository.commit(document.report(), submission.author(), submission.comment(),
                submission.status(), submission.overrideReason());
        document.belongsToRepository(saved.revision().reportId());
        document.savedElsewhere();
        return saved;
    }

    private static String refusals(CarriedReview review) {
        boolean english = UiLanguage.english();
        return review.refused().stream().map(step -> english ? step.messageEn() : step.messageZh())
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
