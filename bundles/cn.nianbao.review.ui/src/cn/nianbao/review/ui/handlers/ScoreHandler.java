package cn.nianbao.review.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.score.ScoreBatch;
import cn.nianbao.review.score.ScoringSheet;
import cn.nianbao.review.score.ScoringSheets;
import cn.nianbao.review.score.SheetException;
import cn.nianbao.review.ui.Reports;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.review.ui.score.ScorePart;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * Review ▸ Score: reports of one year, chosen as files or as a year (and region) of the repository, scored
 * on the built-in 宿迁 部门 sheet (docs/scoring.md) and shown in the 评分 view, from which the 通报 is written.
 * With {@code -Dnianbao.startupProbe=true} the number of units shown is printed once the view is open, for the
 * workbench acceptance suite (scenario 19).
 */
public final class ScoreHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewParts parts, RepositoryAccess repository) {
        int source = SourceChoice.ask(shell, ReviewMessages.Score_title, ReviewMessages.Score_question);
        try {
            ScoringSheet sheet = ScoringSheets.builtIn(ScoringSheets.DEFAULT);
            ScorePart.Scores scores;
            if (source == SourceChoice.FILES) {
                List<SourcedReport> reports = Reports.readAll(SourceChoice.files(shell, ReviewMessages.Score_chooseFiles));
                scores = new ScorePart.Scores(sheet, ScoreBatch.score(sheet, reports, ScoreBatch.among(reports)));
            } else if (source == SourceChoice.REPOSITORY) {
                scores = fromRepository(shell, repository, sheet);
            } else {
                return;
            }
            if (scores == null || scores.units().isEmpty()) {
                return;
            }
            parts.open(ReviewParts.SCORE, ScorePart.RESULT, scores, ReviewMessages.Score_title);
            if (Boolean.getBoolean("nianbao.startupProbe")) {
                int shown = scores.units().size();
                shell.getDisplay().asyncExec(() -> System.out.println("NIANBAO_SCORE_SHOWN " + shown));
            }
        } catch (SheetException e) {
            Failures.show(shell, ScoreHandler.class, ReviewMessages.Score_title, e.message(!UiLanguage.english()), e);
        } catch (Exception e) {
            Failures.show(shell, ScoreHandler.class, ReviewMessages.Score_title, FileDialogs.reason(e), e);
        }
    }

    /** "2024" or "2024 3208", as for a roll-up; last year's reports from the repository too. */
    private static ScorePart.Scores fromRepository(Shell shell, RepositoryAccess repository, ScoringSheet sheet)
            throws Exception {
        InputDialog dialog = RollupHandler.yearDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String[] parts = dialog.getValue().strip().split("\\s+");
        return new ScorePart.Scores(sheet, ScoreBatch.ofYear(sheet, new RepositoryReports(repository.get()),
                Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : null));
    }
}
