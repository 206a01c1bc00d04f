package cn.nianbao.review.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.trend.Trend;
import cn.nianbao.review.trend.Trends;
import cn.nianbao.review.ui.Reports;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.review.ui.trend.TrendsPart;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * Review ▸ Trends: one agency across the years, from the repository (by agency name, the current report's
 * agency proposed) or from report files of several years (a roll-up saved per year works the same way).
 */
public final class TrendsHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewParts parts, @Optional ReportDocument current,
            RepositoryAccess repository) {
        int source = SourceChoice.ask(shell, ReviewMessages.Trends_title, ReviewMessages.Trends_question);
        try {
            List<SourcedReport> reports = source == SourceChoice.FILES
                    ? Reports.readAll(SourceChoice.files(shell, ReviewMessages.Trends_chooseFiles))
                    : source == SourceChoice.REPOSITORY ? fromRepository(shell, current, repository) : List.of();
            if (reports.isEmpty()) {
                return;
            }
            String agency = reports.get(reports.size() - 1).report().getAgencyName();
            Trend trend = Trends.of(agency, reports.stream().map(SourcedReport::report).toList());
            parts.open(ReviewParts.TRENDS, TrendsPart.TREND, trend, ReviewMessages.bind(ReviewMessages.Trends_partLabel, agency));
        } catch (Exception e) {
            Failures.show(shell, TrendsHandler.class, ReviewMessages.Trends_title, FileDialogs.reason(e), e);
        }
    }

    /** Asks for the agency, not yet open (the Chinese widget walk opens it without blocking). */
    static InputDialog agencyDialog(Shell shell, String proposed) {
        return new InputDialog(shell, ReviewMessages.Trends_title, ReviewMessages.Trends_agency, proposed,
                text -> text.isBlank() ? ReviewMessages.Trends_agency : null);
    }

    private static List<SourcedReport> fromRepository(Shell shell, ReportDocument current, RepositoryAccess repository)
            throws Exception {
        String proposed = current == null || current.report().getAgencyName() == null ? "" : current.report().getAgencyName();
        InputDialog dialog = agencyDialog(shell, proposed);
        if (dialog.open() != Window.OK) {
            return List.of();
        }
        List<SourcedReport> reports = new RepositoryReports(repository.get()).ofAgency(dialog.getValue().strip());
        if (reports.isEmpty()) {
            MessageDialog.openInformation(shell, ReviewMessages.Trends_title,
                    ReviewMessages.bind(ReviewMessages.Trends_none, dialog.getValue().strip()));
        }
        return reports;
    }
}
