package cn.nianbao.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.io.web.PageFetcher;
import cn.nianbao.io.web.WebReports;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.EditorOpener;
import jakarta.inject.Named;

/**
 * File ▸ Import from Address: one report page is previewed like an imported file and opened; the reports
 * chosen from a list page open each in its editor, and those that could not be fetched or read are listed
 * with the reason.
 */
public final class ImportAddressHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, EditorOpener opener) {
        AddressImportDialog dialog = new AddressImportDialog(shell, new WebReports(new PageFetcher()));
        if (dialog.open() != Window.OK) {
            return;
        }
        open(shell, opener, dialog.found());
    }

    static void open(Shell shell, EditorOpener opener, List<WebReports.Found> found) {
        if (found.size() == 1 && found.get(0).isRead()) {
            WebReports.Found report = found.get(0);
            if (new ImportPreviewDialog(shell, report.address(), report.result()).open() == Window.OK) {
                opener.show(new ReportDocument(report.result().report(), null, false));
            }
            return;
        }
        StringBuilder failures = new StringBuilder();
        boolean english = UiLanguage.english();
        for (WebReports.Found report : found) {
            if (report.isRead()) {
                opener.show(new ReportDocument(report.result().report(), null, false));
            } else {
                failures.append('\n').append(english ? report.failure().messageEn() : report.failure().messageZh());
            }
        }
        if (failures.length() > 0) {
            MessageDialog.openWarning(shell, Messages.Address_title, Messages.Address_notRead + failures);
        }
    }
}
