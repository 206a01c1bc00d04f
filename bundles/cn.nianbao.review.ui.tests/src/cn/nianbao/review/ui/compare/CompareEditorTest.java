package cn.nianbao.review.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.trend.Trends;
import cn.nianbao.review.ui.trend.TrendsPart;
import cn.nianbao.testing.TestData;

/**
 * The compare editor on 宿迁 2023→2024 (corpus 05→06) and the trends view, with real widgets in a shell;
 * saves docs screenshots (compare-05-06-t3, compare-05-06-text, trends-suqian) in the UI language.
 */
class CompareEditorTest {

    private Shell shell;

    private static AnnualReport read(String prefix) throws Exception {
        return ReportReader.read(TestData.corpus(prefix)).report();
    }

    private CompareEditorPart open() throws Exception {
        Comparison comparison = new Comparer(ChangeThreshold.DEFAULT).compare(read("05-"), read("06-"));
        shell = new Shell(Display.getDefault());
        shell.setText("Nianbao compare");
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 900);
        CompareEditorPart editor = new CompareEditorPart();
        editor.createPages(shell, comparison);
        shell.open();
        flush();
        return editor;
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void tableThreeSideBySideWithNavigation() throws Exception {
        CompareEditorPart editor = open();
        editor.showPage(2);
        TablePairPage t3 = editor.table("T3");
        assertTrue(t3.stops() > 10, "changed cells of 表三: " + t3.stops());
        CellAddress received = new CellAddress("T3", "R01", "C7");
        PrintedCell cell = t3.right().data().layout().find(received);
        assertEquals("3525  +14 (+0.4%)", t3.right().data().getDataValue(cell.column(), cell.row()));
        assertEquals("3511", t3.left().data().getDataValue(cell.column(), cell.row()));
        CellAddress carried = new CellAddress("T3", "R02", "C7");
        PrintedCell carriedCell = t3.right().data().layout().find(carried);
        assertTrue(t3.right().control().getConfigLabelsByPosition(carriedCell.column(), carriedCell.row())
                .hasLabel(CompareLabels.XY_OK), "XY-01 holds at 上年结转/总计");

        assertTrue(editor.step(true));
        CellAddress first = t3.current();
        assertNotNull(first);
        assertEquals(first, t3.right().selected());
        assertEquals(first, t3.left().selected());
        assertTrue(editor.step(true));
        assertTrue(editor.step(false));
        assertEquals(first, t3.right().selected());
        Path file = Screenshots.save(shell, "compare-05-06-t3-" + language());
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void eachPaneIsHeadedByItsYearAndTheRowLabelsStayWhenTheValuesScroll() throws Exception {
        CompareEditorPart editor = open();
        editor.showPage(2);
        TablePairPage t3 = editor.table("T3");
        assertTrue(heading(t3.left()).contains("2023"), heading(t3.left()));
        assertTrue(heading(t3.right()).contains("2024"), heading(t3.right()));

        NatTable grid = t3.right().control();
        int labelColumns = t3.right().data().layout().labelColumns();
        t3.right().viewport().setOriginX(10_000);
        flush();
        assertTrue(grid.getColumnIndexByPosition(labelColumns) > labelColumns, "the values scrolled to the right");
        assertEquals(0, grid.getColumnIndexByPosition(0), "the row labels did not scroll away");
        assertEquals(labelColumns - 1, grid.getColumnIndexByPosition(labelColumns - 1));
    }

    @Test
    void rowsAreAsTallOnBothSidesSoThatTheyLineUp() throws Exception {
        CompareEditorPart editor = open();
        editor.showPage(2);
        TablePairPage t3 = editor.table("T3");
        Screenshots.save(t3.control(), "compare-05-06-t3-rows-" + language());
        boolean wrapped = false;
        for (int row = 0; row < t3.left().rows(); row++) {
            assertEquals(t3.left().rowHeight(row), t3.right().rowHeight(row), "row " + row);
            wrapped |= t3.left().rowHeight(row) > 26;
        }
        assertTrue(wrapped, "some labels wrapped to more lines (社会公益组织 in a narrow column)");
    }

    @Test
    void theSelectedCellIsWhiteOnDarkBlue() throws Exception {
        CompareEditorPart editor = open();
        editor.showPage(2);
        assertTrue(editor.step(true));
        NatTable grid = editor.table("T3").right().control();
        ILayerCell selected = null;
        for (int column = 0; column < grid.getColumnCount() && selected == null; column++) {
            for (int row = 0; row < grid.getRowCount(); row++) {
                ILayerCell cell = grid.getCellByPosition(column, row);
                if (cell != null && DisplayMode.SELECT.equals(cell.getDisplayMode())) {
                    selected = cell;
                    break;
                }
            }
        }
        assertNotNull(selected, "the first difference is selected and on screen");
        var style = CellStyleUtil.getCellStyle(selected, grid.getConfigRegistry());
        RGB background = style.getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR).getRGB();
        RGB foreground = style.getAttributeValue(CellStyleAttributes.FOREGROUND_COLOR).getRGB();
        assertTrue((background.red + background.green + background.blue) / 3 < 128, "a dark background: " + background);
        assertTrue(background.blue > background.red + 60, "blue, not grey: " + background);
        assertEquals(new RGB(255, 255, 255), foreground);
    }

    @Test
    void rowsThatAreZeroInBothYearsCanBeHidden() throws Exception {
        CompareEditorPart editor = open();
        editor.showPage(2);
        TablePairPage t3 = editor.table("T3");
        // 宿迁 2023 and 2024: 三（五）3 要求提供公开出版物 is 0 in every column both years; 三（三）1 is 2 in 2024
        assertTrue(texts(t3.right()).contains("3.要求提供公开出版物") || texts(t3.right()).contains("3. Requests for published material"));
        int rows = t3.right().data().getRowCount();

        t3.hideZeroRows(true);
        flush();

        assertEquals(rows - 1, t3.right().data().getRowCount());
        assertEquals(rows - 1, t3.left().data().getRowCount());
        List<String> shown = texts(t3.right());
        assertFalse(shown.contains("3.要求提供公开出版物") || shown.contains("3. Requests for published material"), shown.toString());
        assertTrue(shown.contains("1.属于国家秘密") || shown.contains("1. State secret"), shown.toString());
        t3.hideZeroRows(false);
        assertEquals(rows, t3.right().data().getRowCount());
    }

    private static String heading(CompareGrid grid) {
        return ((Label) grid.control().getParent().getChildren()[0]).getText();
    }

    private static List<String> texts(CompareGrid grid) {
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < grid.data().getRowCount(); row++) {
            for (int column = 0; column < grid.data().getColumnCount(); column++) {
                texts.add(String.valueOf(grid.data().getDataValue(column, row)));
            }
        }
        return texts;
    }

    @Test
    void tableFourMarksALargeChange() throws Exception {
        CompareEditorPart editor = open();
        editor.showPage(3);
        TablePairPage t4 = editor.table("T4");
        PrintedCell cell = t4.right().data().layout().find(new CellAddress("T4", "REVIEW", "TOTAL"));
        assertTrue(String.valueOf(t4.right().data().getDataValue(cell.column(), cell.row())).startsWith("! 170"));
        assertTrue(t4.right().control().getConfigLabelsByPosition(cell.column(), cell.row()).hasLabel(CompareLabels.LARGE));
    }

    @Test
    void summaryAndText() throws Exception {
        CompareEditorPart editor = open();
        assertEquals(9, editor.summary().checks().getItemCount(), "7 × XY-01 + 2 × XY-02");
        for (org.eclipse.swt.widgets.TableItem check : editor.summary().checks().getItems()) {
            String formula = check.getText(3);
            assertFalse(formula.matches(".*\\b(PREV\\.)?(R\\d\\d|IN_FORCE|ISSUED|REPEALED)\\b.*"),
                    "the formula names its rows and columns, not their ids: " + formula);
        }
        String first = editor.summary().checks().getItem(0).getText(3);
        assertTrue(first.startsWith("二、上年结转") || first.startsWith("2. Requests carried over"), first);
        editor.showPage(4);
        TextComparePage text = editor.text();
        String summaryFigure = firstPercent(editor.summary().similarity().getText());
        String textFigure = firstPercent(text.headings().get(0).getText());
        assertTrue(text.headings().get(0).getText().startsWith("一、总体情况") || text.headings().get(0).getText().startsWith("I."),
                text.headings().get(0).getText());
        assertEquals(summaryFigure, textFigure, "section 一: one figure on the summary and on the text page");
        assertEquals(editor.summary().similarity().getToolTipText(), text.headings().get(0).getToolTipText(),
                "explained the same way on both");
        assertTrue(text.stops() > 0);
        assertTrue(editor.step(true));
        assertEquals(0, text.position());
        Screenshots.save(shell, "compare-05-06-text-" + language());
        editor.showPage(0);
        Screenshots.save(shell, "compare-05-06-summary-" + language());
    }

    @Test
    void twoRevisionsAreHeadedByRevisionAndTimeAndRaiseNoYearToYearFinding() throws Exception {
        // r1 and r3 of one report with the same text: as two years this would be XY-03, a copy of last year
        Comparison comparison = new Comparer(ChangeThreshold.DEFAULT).compare(read("06-"), read("06-"));
        CompareEditorPart editor = openShowing(comparison,
                CompareSides.revisions("r1", "2026-12-06 02:36:10", "r3", "2026-12-06 02:41:55"));
        editor.showPage(2);
        TablePairPage t3 = editor.table("T3");
        boolean zh = "zh".equals(language());
        assertEquals(zh ? "左：r1（2026-12-06 02:36:10）" : "Left: r1 (2026-12-06 02:36:10)", heading(t3.left()));
        assertEquals(zh ? "右：r3（2026-12-06 02:41:55）" : "Right: r3 (2026-12-06 02:41:55)", heading(t3.right()));
        List<String> shown = visibleTexts(shell);
        assertTrue(shown.stream().noneMatch(t -> t.contains("XY")), shown.toString());
        assertTrue(shown.stream().noneMatch(t -> t.contains("跨年度检查") || t.contains("year-to-year checks")),
                shown.toString());
        assertTrue(shown.contains(zh ? "同一报告的两个版本：不适用跨年度规则。"
                : "Two revisions of one report: the year-to-year rules are not applied."), shown.toString());
        assertTrue(shown.contains(zh ? "左：r1（2026-12-06 02:36:10）" : "Left: r1 (2026-12-06 02:36:10)"), "the summary too");
        Screenshots.save(shell, "compare-revisions-" + language());
    }

    @Test
    void theSameTwoReportsAsTwoYearsAreHeadedByYearAndFlaggedAsCopied() throws Exception {
        Comparison comparison = new Comparer(ChangeThreshold.DEFAULT).compare(read("06-"), read("06-"));
        CompareEditorPart editor = openShowing(comparison, CompareSides.years(comparison));
        editor.showPage(2);
        assertTrue(heading(editor.table("T3").left()).contains("2024"), heading(editor.table("T3").left()));
        assertTrue(editor.summary().similarity().getText().contains("XY-03"), editor.summary().similarity().getText());
        assertTrue(visibleTexts(shell).stream().anyMatch(t -> t.contains("XY-03") && (t.contains("照搬") || t.contains("copied"))));
    }

    private CompareEditorPart openShowing(Comparison comparison, CompareSides sides) {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 900);
        CompareEditorPart editor = new CompareEditorPart();
        editor.createPages(shell, comparison, sides);
        shell.open();
        flush();
        return editor;
    }

    /** Every text and tooltip a user can see on the pages: labels, tabs, tables. */
    private static List<String> visibleTexts(Control control) {
        List<String> texts = new ArrayList<>();
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Table table) {
            for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                for (int i = 0; i < table.getColumnCount(); i++) {
                    texts.add(item.getText(i));
                }
            }
        }
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                texts.add(item.getText());
            }
        }
        if (control.getToolTipText() != null) {
            texts.add(control.getToolTipText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts.addAll(visibleTexts(child));
            }
        }
        return texts;
    }

    @Test
    void trendChartWithNumbers() throws Exception {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 960);
        TrendsPart part = new TrendsPart();
        part.createContents(shell, Trends.of("宿迁市", java.util.List.of(read("05-"), read("06-"))));
        shell.open();
        flush();
        assertEquals(3, part.tables().size());
        assertEquals(4, part.tables().get(0).getItemCount());
        assertFalse(part.tables().get(0).getItem(0).getText(1).isEmpty());
        Screenshots.save(shell, "trends-suqian-" + language());
        Path dir = Files.createTempDirectory("trend");
        assertEquals(3, part.export(dir.resolve("suqian.svg"), "svg").size());
    }

    private static String firstPercent(String text) {
        var matcher = java.util.regex.Pattern.compile("\\d+%").matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group();
    }

    private static String language() {
        return "zh".equals(java.util.Locale.getDefault().getLanguage()) ? "zh" : "en";
    }

    private static void flush() {
        Display display = Display.getDefault();
        for (int i = 0; i < 200; i++) {
            if (!display.readAndDispatch()) {
                break;
            }
        }
    }
}
