package cn.nianbao.review.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
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
        assertTrue(text.stops() > 0);
        assertTrue(editor.step(true));
        assertEquals(0, text.position());
        Screenshots.save(shell, "compare-05-06-text-" + language());
        editor.showPage(0);
        Screenshots.save(shell, "compare-05-06-summary-" + language());
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
