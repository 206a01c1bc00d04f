package cn.nianbao.review.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.review.ui.Reports;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/** Review ▸ Compare Two Reports: any two report files; the earlier year goes on the left. */
public final class CompareTwoHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewParts parts) {
        String first = Comparisons.askFile(shell, ReviewMessages.Compare_chooseFirst, SWT.NONE);
        if (first == null) {
            return;
        }
        String second = Comparisons.askFile(shell, ReviewMessages.Compare_chooseSecond, SWT.NONE);
        if (second == null) {
            return;
        }
        try {
            Comparisons.open(parts, Reports.read(Path.of(first)), Reports.read(Path.of(second)));
        } catch (Exception e) {
            Failures.show(shell, CompareTwoHandler.class, ReviewMessages.Compare_title, FileDialogs.reason(e), e);
        }
    }
}
