package cn.nianbao.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.grid.Widgets;

/**
 * 添加意见… where the command line's {@code --finding} and {@code --passage} go: on a finding in the Checks
 * view's menu (anchored on its rule and cells) and on words selected in a section's text (anchored on the
 * section and the quote). Each is shown in the 意见 group, saved in the file, and taken back by Ctrl+Z; a
 * double-click on a comment on a passage selects the words again.
 */
class CommentOnFindingOrPassageTest {

    /** The seed's 六、其他需要报告的事项 begins with the agency's name, eight characters. */
    private static final String AGENCY = "宝鸡市科学技术局";
    /** 一、本年新收 / 自然人 of 表三, where the editor is taken away from 六 before the double-click. */
    private static final CellAddress NATURAL = new CellAddress("T3", "R01", "C1");

    @RegisterExtension
    final ChecksFixture fixture = new ChecksFixture();

    @Test
    void aCommentOnAFindingIsAnchoredOnItsRuleAndCellsSavedAndUndone(@TempDir Path dir) throws Exception {
        fixture.open(1400, 600);
        ReportDocument seed = fixture.seed;
        assertTrue(fixture.selectFinding("TYP-03"), "the seed has the TYP-03 warning");

        List<String> prompts = new ArrayList<>();
        Display.getDefault().asyncExec(() -> ChecksFixture.answer(Messages.Comment_add,
                "  Say in part 5 why no business asked  ", prompts::add));
        assertTrue(fixture.chooseInFindingsMenu(Messages.Comment_addMenu), "添加意见… in the finding's menu");
        Widgets.flush();

        assertEquals(1, prompts.size(), prompts.toString());
        // TYP-03 names the seed's 169 blank cells of 表三, 一/商业企业 first
        assertEquals("Comment on TYP-03  Table 3 1. New requests this year / Businesses and 168 more:", prompts.get(0));
        ReviewComment stored = seed.report().getReview().getComments().get(0);
        assertEquals("TYP-03", stored.getRuleId());
        assertNull(stored.getTableId(), "not a comment on one cell");
        TableItem row = fixture.comments().getItem(0);
        assertEquals("Say in part 5 why no business asked", row.getText(1));
        assertEquals("TYP-03  Table 3 1. New requests this year / Businesses and 168 more", row.getText(2));
        assertTrue(stored.getCells().startsWith("T3/R01/C2 T3/R01/C3 "), stored.getCells());
        String tooltip = CommentPlaces.ids(stored);
        assertTrue(tooltip.startsWith("Ids: TYP-03@T3/R01/C2,T3/R01/C3,") && tooltip.endsWith(",…") && tooltip.length() < 220,
                "the tooltip, as comment list prints it, cut short: " + tooltip);
        fixture.screenshot("checks-comment-finding-en");

        Path file = dir.resolve("finding.nianbao");
        seed.saveAs(file);
        List<ReviewComment> readBack = FileWorkflow.comments(ReportDocuments.open(file).report());
        assertEquals(1, readBack.size());
        assertEquals("TYP-03", readBack.get(0).getRuleId());
        assertEquals(stored.getCells(), readBack.get(0).getCells());
        assertEquals("Say in part 5 why no business asked", readBack.get(0).getText());

        seed.undo();
        Widgets.flush();
        assertEquals(List.of(), FileWorkflow.comments(seed.report()), "Ctrl+Z takes the comment back");
        assertEquals(0, fixture.comments().getItemCount());
    }

    @Test
    void aCommentOnSelectedWordsIsAnchoredOnTheSectionAndQuoteAndADoubleClickSelectsThemAgain(@TempDir Path dir)
            throws Exception {
        fixture.openWithEditor();
        ReportDocument seed = fixture.seed;
        Text s6 = fixture.editor.sectionText("S6");
        assertTrue(s6.getText().startsWith(AGENCY + "无收取"), s6.getText());
        s6.setSelection(0, AGENCY.length());

        List<String> prompts = new ArrayList<>();
        Display.getDefault().asyncExec(() -> ChecksFixture.answer(Messages.Comment_add, "写明依据", prompts::add));
        assertTrue(ChecksFixture.chooseInMenu(s6, Messages.Comment_addMenu), "添加意见… in the text's menu");
        Widgets.flush();

        assertEquals(1, prompts.size(), prompts.toString());
        assertTrue(prompts.get(0).endsWith("“" + AGENCY + "”:"), prompts.get(0));
        ReviewComment stored = seed.report().getReview().getComments().get(0);
        assertEquals("S6", stored.getSectionKey());
        assertEquals(AGENCY, stored.getQuote());
        assertNull(stored.getRuleId());
        assertNull(stored.getTableId());
        TableItem row = fixture.comments().getItem(0);
        assertEquals("写明依据", row.getText(1));
        assertTrue(row.getText(2).startsWith("六、") && row.getText(2).endsWith(": “" + AGENCY + "”"), row.getText(2));
        assertEquals("Ids: S6“" + AGENCY + "”", CommentPlaces.ids(stored));
        fixture.screenshot("checks-comment-passage-en");

        fixture.editor.reveal(NATURAL);
        s6.setSelection(12);
        Widgets.flush();
        assertTrue(!s6.isVisible(), "the editor shows 表三, not 六");
        fixture.doubleClickComment(0);
        assertTrue(s6.isVisible(), "the double-click brought 六 back");
        assertEquals(AGENCY, s6.getSelectionText(), "and selected the quoted words");

        Path file = dir.resolve("passage.nianbao");
        seed.saveAs(file);
        List<ReviewComment> readBack = FileWorkflow.comments(ReportDocuments.open(file).report());
        assertEquals(1, readBack.size());
        assertEquals("S6", readBack.get(0).getSectionKey());
        assertEquals(AGENCY, readBack.get(0).getQuote());

        seed.undo();
        Widgets.flush();
        assertEquals(List.of(), FileWorkflow.comments(seed.report()), "Ctrl+Z takes the comment back");
    }
}
