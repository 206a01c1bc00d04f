package cn.nianbao.review.ui.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.score.ScoreBatch;
import cn.nianbao.review.score.ScoringSheet;
import cn.nianbao.review.score.ScoringSheets;
import cn.nianbao.review.ui.compare.Screenshots;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.UiLanguage;

/**
 * The 评分 view with real widgets: 宝鸡市科学技术局 2024 published late (0.5 of 1) and 洪泽区 2023 (1 of 1,
 * its broken 表四 for a person); the lines of the unit selected, and the 通报 written from the view. Saves
 * the screenshot score-LANG.png.
 */
class ScorePartTest {

    private Shell shell;

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void unitsWithTheirScoresAndTheLinesOfTheOneSelected() throws Exception {
        ScorePart part = open();
        Table units = part.units();
        assertEquals(List.of("宝鸡市科学技术局 2024 0.5 1 0.5 1", "洪泽区人民政府 2023 1 1 0 5"), rows(units, 6));
        // the first unit is selected: its deduction, then the item only a person can score
        assertEquals(List.of("TIM-01|0.5", "|"), List.of(cells(part.lines(), 0, 1, 2), cells(part.lines(), 1, 1, 2)));
        assertTrue(part.lines().getItem(1).getText(0).startsWith("SQ-DEP-B-049 "), part.lines().getItem(1).getText(0));
        units.setSelection(1);
        part.showUnit(1);
        flush();
        assertEquals(List.of("SUM-05|0.5", "SUM-07|0.5", "TIM-01|0.5", "KPI-01|2", "|"),
                List.of(cells(part.lines(), 0, 1, 2), cells(part.lines(), 1, 1, 2), cells(part.lines(), 2, 1, 2),
                        cells(part.lines(), 3, 1, 2), cells(part.lines(), 4, 1, 2)));
        assertTrue(part.lines().getItem(3).getText(5).startsWith(UiLanguage.english() ? "Analyse why cases"
                : "分析行政复议纠错"), part.lines().getItem(3).getText(5));
        part.lines().setSelection(3);
        part.showLine(3);
        String detail = part.detail().getText();
        assertTrue(detail.startsWith("SQ-DEP-B-048 ") && detail.contains("\nKPI-01 ") && detail.endsWith(UiLanguage.english()
                ? "\nWhat to correct: Analyse why cases were corrected on reconsideration or lost in court and improve"
                        + " the handling of requests."
                : "\n整改建议：分析行政复议纠错、行政诉讼败诉案件原因，规范依申请公开办理。"), detail);
        units.setSelection(0);
        part.showUnit(0);
        assertTrue(part.detail().getText().contains("TIM-01"), "the first line of the unit is shown whole");
        Path screenshot = Screenshots.save(shell, "score-" + (UiLanguage.english() ? "en" : "zh"));
        assertTrue(Files.size(screenshot) > 10_000, screenshot.toString());
    }

    @Test
    void theNoticeIsWrittenFromTheView() throws Exception {
        ScorePart part = open();
        Path word = folder.resolve("通报.docx");
        Path excel = folder.resolve("通报.xlsx");
        part.writeNotice(word);
        part.writeNotice(excel);
        assertEquals("PK", new String(Files.readAllBytes(word), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(Files.size(excel) > 3_000, "three sheets");
    }

    private ScorePart open() throws Exception {
        AnnualReport late = ReportReader.read(TestData.corpus("000-")).report();
        late.setAgencyLevel(AgencyLevel.CITY_DEPT);
        late.setPublishDate(Date.from(LocalDate.of(2025, 2, 20).atTime(12, 0).atZone(ZoneId.systemDefault())
                .toInstant()));
        AnnualReport hongze = ReportReader.read(TestData.corpus("02-")).report();
        List<SourcedReport> reports = List.of(new SourcedReport("000.txt", late), new SourcedReport("02.txt", hongze));
        ScoringSheet sheet = ScoringSheets.builtIn(ScoringSheets.DEFAULT);
        shell = new Shell(Display.getDefault());
        shell.setText("Nianbao score");
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 700);
        ScorePart part = new ScorePart();
        part.createContents(shell, new ScorePart.Scores(sheet, ScoreBatch.score(sheet, reports, r -> null)));
        shell.open();
        flush();
        return part;
    }

    private static List<String> rows(Table table, int columns) {
        return java.util.Arrays.stream(table.getItems()).map(item -> {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                row.append(c == 0 ? "" : " ").append(item.getText(c));
            }
            return row.toString();
        }).toList();
    }

    private static String cells(Table table, int row, int a, int b) {
        TableItem item = table.getItem(row);
        return item.getText(a) + "|" + item.getText(b);
    }

    private static void flush() {
        Display display = Display.getDefault();
        while (display.readAndDispatch()) {
            // let the shell lay out and paint
        }
    }
}
