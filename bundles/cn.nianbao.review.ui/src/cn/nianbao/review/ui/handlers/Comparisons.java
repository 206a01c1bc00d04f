package cn.nianbao.review.ui.handlers;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.review.ui.ReviewPreferences;
import cn.nianbao.review.ui.compare.CompareEditorPart;
import cn.nianbao.review.ui.compare.CompareSides;

/** Compares two reports (the earlier one on the left) and opens the compare editor. */
final class Comparisons {

    private Comparisons() {
    }

    static void open(ReviewParts parts, AnnualReport a, AnnualReport b) {
        boolean swap = a.getYear() > b.getYear();
        AnnualReport before = swap ? b : a;
        AnnualReport after = swap ? a : b;
        Comparison comparison = new Comparer(ReviewPreferences.threshold()).compare(before, after);
        String label = ReviewMessages.bind(ReviewMessages.Compare_partLabel, after.getAgencyName(), before.getYear(),
                after.getYear());
        parts.open(ReviewParts.COMPARE, CompareEditorPart.COMPARISON, comparison, label);
    }

    /**
     * Two states of one report (two revisions), in the order given, under a label that names them, the panes
     * headed by {@code sides}.
     */
    static void open(ReviewParts parts, AnnualReport before, AnnualReport after, String label, CompareSides sides) {
        Comparison comparison = new Comparer(ReviewPreferences.threshold()).compare(before, after);
        parts.open(ReviewParts.COMPARE, Map.of(CompareEditorPart.COMPARISON, comparison, CompareEditorPart.SIDES, sides),
                label);
    }

    static String askFile(Shell shell, String title, int style) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | style);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*." + NativeFormat.EXTENSION + ";*.txt", "*.*" });
        return dialog.open();
    }
}
