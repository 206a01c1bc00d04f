package cn.nianbao.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import cn.nianbao.store.BulkImport;
import cn.nianbao.ui.Messages;

/**
 * What the folder import tells the user when it is done: the counts, then each file that failed and each
 * status change a file carried that the workflow refused, with the reason in the user's language. Long
 * lists are cut (a dialog is no log) and say how many were left out.
 */
final class ImportSummaryText {

    static final int SHOWN_PER_LIST = 12;

    private ImportSummaryText() {
    }

    static String of(BulkImport.Summary summary, boolean english) {
        StringBuilder text = new StringBuilder(Messages.bind(Messages.Bulk_summary, new Object[] {
                summary.imported().size(), summary.skipped().size(), summary.failed().size() }));
        append(text, summary.failed(), english);
        if (!summary.refusedSteps().isEmpty()) {
            text.append("\n\n").append(Messages.bind(Messages.Bulk_stepsRefused, summary.refusedSteps().size()));
            append(text, summary.refusedSteps(), english);
        }
        return text.toString();
    }

    /** True when something the user asked for did not happen, so the summary is a warning, not news. */
    static boolean anythingLost(BulkImport.Summary summary) {
        return !summary.failed().isEmpty() || !summary.refusedSteps().isEmpty();
    }

    private static void append(StringBuilder text, List<BulkImport.Failure> failures, boolean english) {
        failures.stream().limit(SHOWN_PER_LIST).forEach(f -> text.append('\n').append(Path.of(f.file()).getFileName())
                .append(": ").append(english ? f.messageEn() : f.messageZh()));
        if (failures.size() > SHOWN_PER_LIST) {
            text.append('\n').append(Messages.bind(Messages.Bulk_more, failures.size() - SHOWN_PER_LIST));
        }
    }
}
