package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.PrintedCell.Kind;
import cn.nianbao.model.format.PrintedLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.TemplateVersion;

/** The printed layouts must read like the official tables of format.md §3–§5. */
class PrintedLayoutTest {

    private final Template v2021 = FormatCatalogue.template(TemplateVersion.V2021);

    @Test
    void table3HasTheNoteOverThreeByThreeAndTheApplicantHeaders() {
        PrintedLayout t3 = PrintedLayout.of(v2021.table("T3"), row -> false);
        assertEquals(3 + 25, t3.rows());
        assertEquals(3 + 7, t3.columns());
        PrintedCell corner = t3.at(0, 0);
        assertEquals(Kind.CORNER, corner.kind());
        assertEquals(3, corner.rowSpan());
        assertEquals(3, corner.columnSpan());
        assertSame(corner, t3.at(2, 2));
        assertEquals(cell(0, 3, 1, 7, "申请人情况"), describe(t3.at(0, 3)));
        assertEquals(cell(1, 3, 2, 1, "自然人"), describe(t3.at(1, 3)));
        assertEquals(cell(1, 4, 1, 5, "法人或其他组织"), describe(t3.at(1, 4)));
        assertEquals(cell(1, 9, 2, 1, "总计"), describe(t3.at(1, 9)));
        assertEquals(cell(2, 4, 1, 1, "商业企业"), describe(t3.at(2, 4)));
    }

    @Test
    void table3RowLabelsNestInThreeLevels() {
        PrintedLayout t3 = PrintedLayout.of(v2021.table("T3"), row -> false);
        assertEquals(cell(3, 0, 1, 3, "一、本年新收政府信息公开申请数量"), describe(t3.at(3, 0)));
        assertEquals(cell(5, 0, 22, 1, "三、本年度办理结果"), describe(t3.at(5, 0)));
        assertEquals(cell(7, 1, 8, 1, "（三）不予公开"), describe(t3.at(7, 1)));
        assertEquals(cell(7, 2, 1, 1, "1.属于国家秘密"), describe(t3.at(7, 2)));
        assertEquals(cell(26, 1, 1, 2, "（七）总计"), describe(t3.at(26, 1)));
        assertEquals(new CellAddress("T3", "R01", "C1"), t3.at(3, 3).address());
        assertEquals(new CellAddress("T3", "R25", "C7"), t3.at(27, 9).address());
    }

    @Test
    void theUnsplitOtherHandlingRowReplacesItsThreeRowsWhenShown() {
        PrintedLayout t3 = PrintedLayout.of(v2021.table("T3"), row -> true);
        assertEquals(3 + 23, t3.rows());
        PrintedCell other = t3.find(new CellAddress("T3", "R21_23", "C1"));
        assertEquals("（六）其他处理", t3.at(other.row(), 1).label());
        assertNull(t3.find(new CellAddress("T3", "R21", "C1")));
    }

    @Test
    void table4IsOneLineUnderReviewAndLitigationGroups() {
        PrintedLayout t4 = PrintedLayout.of(v2021.table("T4"), row -> false);
        assertEquals(4, t4.rows());
        assertEquals(15, t4.columns());
        assertEquals(cell(0, 0, 1, 5, "行政复议"), describe(t4.at(0, 0)));
        assertEquals(cell(0, 5, 1, 10, "行政诉讼"), describe(t4.at(0, 5)));
        assertEquals(cell(1, 0, 2, 1, "结果维持"), describe(t4.at(1, 0)));
        assertEquals(cell(1, 5, 1, 5, "未经复议直接起诉"), describe(t4.at(1, 5)));
        assertEquals(cell(2, 14, 1, 1, "总计"), describe(t4.at(2, 14)));
        assertEquals(new CellAddress("T4", "REVIEW", "TOTAL"), t4.at(3, 4).address());
        assertEquals(new CellAddress("T4", "SUIT_AFTER_REVIEW", "TOTAL"), t4.at(3, 14).address());
    }

    @Test
    void table2IsFourBlocksWithCaptionAndHeaderLines() {
        PrintedLayout t2 = PrintedLayout.of(v2021.table("T2"), row -> false);
        assertEquals(4, t2.columns());
        assertEquals(4 * 2 + 6, t2.rows());
        assertEquals(cell(0, 0, 1, 4, "第二十条第（一）项"), describe(t2.at(0, 0)));
        assertEquals(cell(1, 0, 1, 1, "信息内容"), describe(t2.at(1, 0)));
        assertEquals(cell(1, 2, 1, 1, "本年废止件数"), describe(t2.at(1, 2)));
        assertEquals(cell(5, 1, 1, 3, "本年处理决定数量"), describe(t2.at(5, 1)));
        assertEquals(new CellAddress("T2", "FEE", "AMOUNT"), t2.at(13, 1).address());
    }

    private static String cell(int row, int column, int rowSpan, int columnSpan, String label) {
        return row + "," + column + " " + rowSpan + "x" + columnSpan + " " + label;
    }

    private static String describe(PrintedCell cell) {
        return cell(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), cell.label());
    }
}
