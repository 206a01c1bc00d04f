package cn.nianbao.ui.parts;

import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;

/**
 * What a comment is about, as the report prints it — the cell's name, the rule and its cells, or the section's
 * heading and the quoted words — for the 意见 list and the 添加意见 dialog; the ids the command line lists
 * ({@link CommentAnchors#ids}) go in the tooltip.
 */
final class CommentPlaces {

    /** Quoted words longer than this are cut short on screen (the tooltip has them whole). */
    private static final int QUOTE_SHOWN = 40;
    /** A tooltip of ids longer than this is cut short. */
    private static final int IDS_SHOWN = 200;

    private CommentPlaces() {
    }

    static String of(AnnualReport report, ReviewComment c) {
        if (c.getRuleId() != null) {
            // a finding may name a whole table's blank cells (TYP-03: over a hundred): the first one and how many more
            List<CellAddress> cells = CommentAnchors.findingCells(c);
            if (cells.isEmpty()) {
                return c.getRuleId();
            }
            String first = DisplayNames.cells(report, cells.subList(0, 1));
            int more = cells.size() - 1;
            return c.getRuleId() + "  "
                    + (more == 0 ? first : Messages.bind(Messages.Checks_moreCells, new Object[] { first, more, more + 1 }));
        }
        if (c.getSectionKey() != null) {
            TextSection section = ReportData.section(report, c.getSectionKey());
            String heading = section == null ? c.getSectionKey() : TypingRun.heading(section);
            return c.getQuote() == null ? heading : Messages.bind(Messages.Comments_quote, heading, shortened(c.getQuote()));
        }
        return DisplayNames.cells(report, List.of(new CellAddress(c.getTableId(), c.getRow(), c.getColumn())));
    }

    /** The anchor as `nianbao comment list` prints it (a very long one cut short after a whole id). */
    static String ids(ReviewComment c) {
        String ids = CommentAnchors.ids(c);
        int cut = ids.length() <= IDS_SHOWN ? -1 : ids.lastIndexOf(',', IDS_SHOWN);
        return Messages.bind(Messages.Checks_ids, cut < 0 ? ids : ids.substring(0, cut) + ",…");
    }

    private static String shortened(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_SHOWN ? oneLine : oneLine.substring(0, QUOTE_SHOWN) + "…";
    }
}
