package cn.nianbao.model;

import java.util.Arrays;
import java.util.List;

import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReviewComment;

/**
 * What a reviewer's comment is about — one cell, a finding (its rule and cells) or a passage of a text
 * section (and the quoted words) — made and worded the same way by the command line and the workbench, so
 * that a comment added in one reads the same in the other.
 */
public final class CommentAnchors {

    private CommentAnchors() {
    }

    public static ReviewComment onCell(CellAddress cell, String text) {
        ReviewComment c = withText(text);
        c.setTableId(cell.table());
        c.setRow(cell.row());
        c.setColumn(cell.column());
        return c;
    }

    /** A finding's cells are those the check names, kept as ids separated by spaces (none: null). */
    public static ReviewComment onFinding(String ruleId, List<CellAddress> cells, String text) {
        ReviewComment c = withText(text);
        c.setRuleId(ruleId);
        c.setCells(cells.isEmpty() ? null : String.join(" ", cells.stream().map(CellAddress::toString).toList()));
        return c;
    }

    /** A section by its key (S1 … S6) and, unless null, the words quoted from it. */
    public static ReviewComment onPassage(String sectionKey, String quote, String text) {
        ReviewComment c = withText(text);
        c.setSectionKey(sectionKey);
        c.setQuote(quote);
        return c;
    }

    /** The cells of a comment on a finding (none for other comments). */
    public static List<CellAddress> findingCells(ReviewComment c) {
        if (c.getCells() == null) {
            return List.of();
        }
        return Arrays.stream(c.getCells().split(" ")).map(id -> id.split("/")).filter(p -> p.length == 3)
                .map(p -> new CellAddress(p[0], p[1], p[2])).toList();
    }

    /** The anchor in the ids of docs/ids.md: T3/R01/C7, a rule and its cells (TYP-03@T3/R01/C2,T3/R01/C3), or S5“quote”. */
    public static String ids(ReviewComment c) {
        if (c.getRuleId() != null) {
            return c.getCells() == null ? c.getRuleId() : c.getRuleId() + "@" + c.getCells().replace(' ', ',');
        }
        if (c.getSectionKey() != null) {
            return c.getQuote() == null ? c.getSectionKey() : c.getSectionKey() + "“" + c.getQuote() + "”";
        }
        return c.getTableId() + "/" + c.getRow() + "/" + c.getColumn();
    }

    private static ReviewComment withText(String text) {
        ReviewComment c = ReportFactory.eINSTANCE.createReviewComment();
        c.setText(text.strip());
        return c;
    }
}
