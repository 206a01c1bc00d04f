package cn.nianbao.review.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.review.ReviewException;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.rollup.RollupBuilder;
import cn.nianbao.review.rollup.RollupResult;
import cn.nianbao.review.ui.Reports;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.review.ui.rollup.RollupPart;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.EditorOpener;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * Review ▸ Roll Up: reports of one year, chosen as files or as a year (and region) of the repository,
 * summed into one report that opens in a normal editor (checked, saved and exported like any report),
 * beside the roll-up view of who contributes what.
 */
public final class RollupHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewParts parts, EditorOpener opener,
            RepositoryAccess repository) {
        int source = SourceChoice.ask(shell, ReviewMessages.Rollup_title, ReviewMessages.Rollup_question);
        try {
            List<SourcedReport> reports = source == SourceChoice.FILES
                    ? Reports.readAll(SourceChoice.files(shell, ReviewMessages.Rollup_chooseFiles))
                    : source == SourceChoice.REPOSITORY ? fromRepository(shell, repository) : List.of();
            if (reports.isEmpty()) {
                return;
            }
            RollupBuilder builder = new RollupBuilder();
            reports.forEach(r -> builder.add(r.report(), r.source()));
            RollupResult result = builder.build();
            opener.show(new ReportDocument(result.total(), null, true));
            parts.open(ReviewParts.ROLLUP, RollupPart.RESULT, result, result.total().getAgencyName());
        } catch (ReviewException e) {
            Failures.show(shell, RollupHandler.class, ReviewMessages.Rollup_title, e.message(!UiLanguage.english()), e);
        } catch (Exception e) {
            Failures.show(shell, RollupHandler.class, ReviewMessages.Rollup_title, FileDialogs.reason(e), e);
        }
    }

    /** Asks for the year and region, not yet open (the Chinese widget walk opens it without blocking). */
    static InputDialog yearDialog(Shell shell) {
        return new InputDialog(shell, ReviewMessages.Rollup_title, ReviewMessages.Rollup_yearRegion,
                String.valueOf(java.time.Year.now().getValue() - 1), text -> text.strip().matches("\\d{4}(\\s+\\d{2,12})?")
                        ? null : ReviewMessages.Rollup_yearRegion);
    }

    /** "2024" or "2024 3208": a year and optionally a region code prefix. */
    private static List<SourcedReport> fromRepository(Shell shell, RepositoryAccess repository) throws Exception {
        InputDialog dialog = yearDialog(shell);
        if (dialog.open() != Window.OK) {
            return List.of();
        }
        String[] parts = dialog.getValue().strip().split("\\s+");
        return new RepositoryReports(repository.get()).ofYear(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : null);
    }
}
