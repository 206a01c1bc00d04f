package cn.nianbao.review.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.review.ui.compare.CompareSides;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.parts.FileDialogs;
import cn.nianbao.ui.parts.HistoryPart;
import cn.nianbao.ui.parts.HistoryRows;
import jakarta.inject.Named;

/**
 * The History view's 比较: two revisions of one report of the repository (by revision number), the earlier
 * on the left, in the compare editor under a label that names both ("对比 宝鸡市科学技术局 2024 r1–r3"), the panes
 * headed by revision and time and without the year-to-year rules (they would compare the report with itself).
 * With {@code -Dnianbao.startupProbe=true} the label is printed once the editor is open, for the
 * acceptance suite.
 */
public final class CompareRevisionsHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewParts parts, RepositoryAccess repository,
            @Named(HistoryPart.REPORT) String report, @Named(HistoryPart.BEFORE) String before,
            @Named(HistoryPart.AFTER) String after) {
        try {
            ReportRepository repo = repository.get();
            ReportSummary summary = repo.report(Long.parseLong(report)).orElseThrow(
                    () -> new IllegalArgumentException(ReviewMessages.bind(ReviewMessages.Compare_noRevision, before)));
            Revision older = revision(repo, summary, Integer.parseInt(before));
            Revision newer = revision(repo, summary, Integer.parseInt(after));
            String label = ReviewMessages.bind(ReviewMessages.Compare_revisionsLabel, new Object[] { summary.agency(),
                    summary.year(), HistoryRows.label(older), HistoryRows.label(newer) });
            Comparisons.open(parts, repo.load(older.id()), repo.load(newer.id()), label,
                    CompareSides.revisions(HistoryRows.label(older), HistoryRows.savedAt(older), HistoryRows.label(newer),
                            HistoryRows.savedAt(newer)));
            if (Boolean.getBoolean("nianbao.startupProbe")) {
                shell.getDisplay().asyncExec(() -> System.out.println("NIANBAO_COMPARE_SHOWN " + label));
            }
        } catch (Exception e) {
            Failures.show(shell, CompareRevisionsHandler.class, ReviewMessages.Compare_title, FileDialogs.reason(e), e);
        }
    }

    private static Revision revision(ReportRepository repo, ReportSummary summary, int number) throws RepositoryException {
        return repo.history(summary.id()).stream().filter(r -> r.number() == number).findFirst().orElseThrow(
                () -> new IllegalArgumentException(ReviewMessages.bind(ReviewMessages.Compare_noRevision, number)));
    }
}
