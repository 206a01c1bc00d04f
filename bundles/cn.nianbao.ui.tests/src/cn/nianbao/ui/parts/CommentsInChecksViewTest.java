package cn.nianbao.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.ui.Reviewer;
import cn.nianbao.ui.grid.Widgets;

/**
 * A reviewer's comment on a cell of a report file, in the Checks view beside the findings: its text, the cell
 * as the table prints it, the author and the round; the officer ticks 已处理, which is a change to the file
 * that Ctrl+Z takes back.
 */
class CommentsInChecksViewTest {

    /** 一、本年新收 / 自然人 of 表三. */
    private static final CellAddress NATURAL = new CellAddress("T3", "R01", "C1");

    @RegisterExtension
    final ChecksFixture fixture = new ChecksFixture();

    @Test
    void aCommentOnACellIsShownBesideTheFindingsAndTheOfficerTicksItDone() throws Exception {
        fixture.open(1400, 600);
        ReportDocument seed = fixture.seed;
        ChecksPart checks = fixture.checks;
        assertEquals(List.of(), checks.comments().shownComments(), "the seed has no comments");

        CommentDialog.add(null, seed, CommentAnchors.onCell(NATURAL, "  Should be 2 (one telephone request put in writing)  "),
                fixture.shell);
        Widgets.flush();

        Table table = fixture.comments();
        assertEquals(1, table.getItemCount());
        TableItem row = table.getItem(0);
        assertFalse(row.getChecked());
        assertEquals("Should be 2 (one telephone request put in writing)", row.getText(1));
        assertEquals("Table 3 1. New requests this year / Natural persons", row.getText(2));
        assertEquals(Reviewer.name(), row.getText(3));
        assertEquals("round 1", row.getText(4));
        assertEquals("Comments (1, 1 open)", checks.comments().control().getText());
        assertTrue(seed.isDirty(), "a comment is a change to the file");
        fixture.screenshot("checks-comment-en");

        checks.comments().tick((ReviewComment) checks.comments().shownComments().get(0), true);
        Widgets.flush();

        ReviewComment stored = seed.report().getReview().getComments().get(0);
        assertEquals(Reviewer.name(), stored.getDoneBy());
        assertTrue(fixture.comments().getItem(0).getChecked(), "shown as done");
        assertEquals("Comments (1, 0 open)", checks.comments().control().getText());

        seed.undo();
        Widgets.flush();
        assertNull(stored.getDoneBy(), "Ctrl+Z takes the done mark back");
        assertFalse(fixture.comments().getItem(0).getChecked());
    }
}
