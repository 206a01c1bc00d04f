package cn.nianbao.review.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.ReviewText;
import cn.nianbao.validation.support.CellIndex;

/**
 * Builds the trend of one agency from its reports of several years (from files or from the repository).
 * Three charts: applications (新收, 上年结转, 办理结果总计, 结转下年度), outcomes by category (the 总计 column
 * of （一）…（六）), and 复议/诉讼 totals. When two reports are of the same year the later in the list wins.
 */
public final class Trends {

    private record Figure(String chart, String id, List<CellAddress> cells) {
    }

    private static final List<Figure> FIGURES = List.of(
            t3("applications", "received", "R01"), t3("applications", "carried", "R02"),
            t3("applications", "handled", "R24"), t3("applications", "carriedForward", "R25"),
            t3("outcomes", "disclosed", "R03"), t3("outcomes", "partly", "R04"),
            t3("outcomes", "refused", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12"),
            t3("outcomes", "unable", "R13", "R14", "R15"),
            t3("outcomes", "notProcessed", "R16", "R17", "R18", "R19", "R20"),
            t3("outcomes", "other", "R21", "R22", "R23", "R21_23"),
            t4("appeals", "review", "REVIEW"), t4("appeals", "suitDirect", "SUIT_DIRECT"),
            t4("appeals", "suitAfterReview", "SUIT_AFTER_REVIEW"));

    private static final List<String> CHARTS = List.of("applications", "outcomes", "appeals");

    private Trends() {
    }

    public static Trend of(String agency, List<AnnualReport> reports) {
        Map<Integer, AnnualReport> byYear = new TreeMap<>();
        for (AnnualReport report : reports) {
            byYear.put(report.getYear(), report);
        }
        Map<Integer, CellIndex> indexed = new TreeMap<>();
        byYear.forEach((year, report) -> indexed.put(year, new CellIndex(report)));
        List<Integer> years = List.copyOf(byYear.keySet());
        List<TrendChart> charts = new ArrayList<>();
        for (String chart : CHARTS) {
            List<TrendSeries> series = new ArrayList<>();
            for (Figure figure : FIGURES) {
                if (figure.chart().equals(chart)) {
                    series.add(series(figure, indexed));
                }
            }
            charts.add(new TrendChart(chart, ReviewText.zh("chart." + chart), ReviewText.en("chart." + chart), years, series));
        }
        return new Trend(agency, years, charts);
    }

    private static TrendSeries series(Figure figure, Map<Integer, CellIndex> indexed) {
        SortedMap<Integer, BigDecimal> values = new TreeMap<>();
        indexed.forEach((year, cells) -> {
            BigDecimal sum = null;
            for (CellAddress cell : figure.cells()) {
                var found = cells.cell(cell);
                if (found != null && found.getValue() != null) {
                    sum = sum == null ? found.getValue() : sum.add(found.getValue());
                }
            }
            if (sum != null) {
                values.put(year, sum);
            }
        });
        String key = "series." + figure.id();
        return new TrendSeries(figure.id(), ReviewText.zh(key), ReviewText.en(key), figure.cells(), values);
    }

    private static Figure t3(String chart, String id, String... rows) {
        List<CellAddress> cells = new ArrayList<>();
        for (String row : rows) {
            cells.add(new CellAddress("T3", row, "C7"));
        }
        return new Figure(chart, id, cells);
    }

    private static Figure t4(String chart, String id, String row) {
        return new Figure(chart, id, List.of(new CellAddress("T4", row, "TOTAL")));
    }
}
