package cn.nianbao.review.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.ui.Reports;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * Review ▸ Compare with Previous Year: the report being edited against the same agency's report of the
 * year before, found where the reviewer has it ({@link PreviousReport}: open reports, the repository, the same
 * folder) and asked for as a file only when none has it.
 */
public final class ComparePreviousHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewParts parts, @Optional ReportDocument document,
            RepositoryAccess repository, @Optional OpenReports open) {
        if (document == null) {
            new CompareTwoHandler().execute(shell, parts);
            return;
        }
        AnnualReport current = document.report();
        SourcedReport previous = PreviousReport.find(current, document.file(),
                open == null ? List.of() : open.all(), repository, (message, e) ->
                Failures.warn(shell, ComparePreviousHandler.class, ReviewMessages.Compare_title, message, e));
        try {
            AnnualReport before = previous != null ? previous.report() : ask(shell, current);
            if (before != null) {
                Comparisons.open(parts, before, current);
            }
        } catch (Exception e) {
            Failures.show(shell, ComparePreviousHandler.class, ReviewMessages.Compare_title, FileDialogs.reason(e), e);
        }
    }

    private static AnnualReport ask(Shell shell, AnnualReport current) throws Exception {
        String file = Comparisons.askFile(shell, ReviewMessages.bind(ReviewMessages.Compare_choosePrevious,
                current.getAgencyName(), current.getYear() - 1), SWT.NONE);
        return file == null ? null : Reports.read(Path.of(file));
    }
}
