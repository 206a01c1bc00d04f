package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.export.layout.PrintedTables;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;

/** The spans of the three tables exactly as format.md §3–§5 prints them, derived from the catalogue. */
class PrintedTableTest {

    private final AnnualReport seed = TestReports.seed();

    @Test
    void table3HeaderHasTheCornerNoteAndTheApplicantGroups() {
        PrintedTable t3 = table(seed, "T3");
        PrintedCell corner = t3.at(0, 0);
        assertSpan(corner, 3, 3);
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", t3.text(corner));
        assertSpan(cell(t3, "申请人情况"), 1, 7);
        assertSpan(cell(t3, "自然人"), 2, 1);
        assertSpan(cell(t3, "法人或其他组织"), 1, 5);
        assertSpan(cell(t3, "总计"), 2, 1);
        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
                t3.startingIn(2).stream().map(t3::text).toList());
        assertEquals(3, t3.headerRows());
        assertEquals(10, t3.columnCount());
    }

    @Test
    void table3RowLabelsNestInThreeLevels() {
        PrintedTable t3 = table(seed, "T3");
        assertSpan(cell(t3, "一、本年新收政府信息公开申请数量"), 1, 3);
        assertSpan(cell(t3, "三、本年度办理结果"), 22, 1);
        assertSpan(cell(t3, "（一）予以公开"), 1, 2);
        assertSpan(cell(t3, "（三）不予公开"), 8, 1);
        assertSpan(cell(t3, "1.属于国家秘密"), 1, 1);
        assertSpan(cell(t3, "（六）其他处理"), 3, 1);
        assertSpan(cell(t3, "（七）总计"), 1, 2);
        assertEquals(3 + 25, t3.rowCount(), "three header rows and 25 data rows");
    }

    @Test
    void unsplitOtherHandlingReplacesTheGroupWhenTheReportPrintedIt() {
        AnnualReport report = TestReports.seed();
        for (String row : List.of("R21", "R22", "R23")) {
            for (int c = 1; c <= 7; c++) {
                ReportData.setValue(report, new CellAddress("T3", row, "C" + c), null);
            }
        }
        ReportData.setValue(report, new CellAddress("T3", "R21_23", "C1"), BigDecimal.ONE);
        PrintedTable t3 = table(report, "T3");
        PrintedCell unsplit = cell(t3, "（六）其他处理");
        assertSpan(unsplit, 1, 2);
        assertTrue(t3.cells().stream().noneMatch(c -> t3.text(c).startsWith("1.申请人无正当理由")));
        assertEquals(3 + 23, t3.rowCount());
    }

    @Test
    void table4IsOneLineOfFifteenUnderTwoGroupLevels() {
        PrintedTable t4 = table(seed, "T4");
        assertSpan(cell(t4, "行政复议"), 1, 5);
        assertSpan(cell(t4, "行政诉讼"), 1, 10);
        assertSpan(cell(t4, "未经复议直接起诉"), 1, 5);
        assertSpan(cell(t4, "复议后起诉"), 1, 5);
        assertSpan(t4.at(1, 0), 2, 1);
        assertEquals("结果维持", t4.text(t4.at(1, 0)));
        assertEquals("结果维持", t4.text(t4.at(2, 5)));
        assertEquals(15, t4.startingIn(3).size());
        assertTrue(t4.startingIn(3).stream().allMatch(c -> c.kind() == PrintedCell.Kind.DATA));
    }

    @Test
    void table2HasFourBlocksWithCaptionAndHeaderRows() {
        PrintedTable t2 = table(seed, "T2");
        List<PrintedCell> captions = t2.cells().stream().filter(c -> c.kind() == PrintedCell.Kind.CAPTION).toList();
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"),
                captions.stream().map(t2::text).toList());
        captions.forEach(c -> assertSpan(c, 1, 4));
        assertEquals(4, t2.cells().stream().filter(c -> "信息内容".equals(t2.text(c))).count());
        assertSpan(cell(t2, "本年处理决定数量"), 1, 3);
        assertSpan(cell(t2, "本年收费金额（单位：万元）"), 1, 3);
        assertEquals("本年制发件数", t2.text(t2.at(1, 1)));
    }

    @Test
    void the2019FormatHasFiveBlocksAndAnUnsplitRow() {
        AnnualReport report = TestReports.seed();
        report.setTemplateVersion(TemplateVersion.V2019_TRIAL);
        assertEquals(5, table(report, "T2").cells().stream().filter(c -> c.kind() == PrintedCell.Kind.CAPTION).count());
        assertSpan(cell(table(report, "T3"), "（六）其他处理"), 1, 2);
        assertEquals(3 + 23, table(report, "T3").rowCount());
    }

    @Test
    void blankCellsPrintNothing() {
        PrintedTable t3 = table(seed, "T3");
        long blanks = seed.getTables().stream().flatMap(t -> t.getCells().stream()).filter(c -> c.getValue() == null).count();
        assertTrue(blanks > 0, "the seed has blank cells");
        t3.cells().stream().filter(c -> c.address() != null && ReportData.value(seed, c.address()) == null)
                .forEach(c -> assertEquals("", t3.text(c), c.address().toString()));
    }

    private static PrintedTable table(AnnualReport report, String id) {
        return PrintedTables.of(report, FormatCatalogue.template(report.getTemplateVersion()).table(id));
    }

    private static PrintedCell cell(PrintedTable table, String text) {
        PrintedCell cell = table.cells().stream().filter(c -> text.equals(table.text(c)) && c.isHeader()).findFirst().orElse(null);
        assertNotNull(cell, "no header cell " + text);
        return cell;
    }

    private static void assertSpan(PrintedCell cell, int rows, int columns) {
        assertEquals(rows + "×" + columns, cell.rowSpan() + "×" + cell.columnSpan(), cell.label());
    }
}
