package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.RollForward;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.parts.EditorOpener;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * File ▸ New from Last Year's Report: last year's report (a Nianbao file or any published form the
 * importers read) gives the agency, level and year; 上年结转 is filled from its 结转下年度继续办理, the
 * rest is blank, and its 现行有效件数 is shown beside 表二.
 */
public final class NewFromPreviousHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, EditorOpener opener) {
        FileDialogs.withChosenFile(shell, Messages.Previous_title,
                file -> opener.show(startFrom(ReportDocuments.open(file).report())));
    }

    /** The new, unsaved report of the year after, checked against last year's. */
    public static ReportDocument startFrom(AnnualReport lastYear) {
        ReportDocument next = new ReportDocument(RollForward.from(lastYear), null, true);
        next.startedFrom(lastYear);
        return next;
    }
}
