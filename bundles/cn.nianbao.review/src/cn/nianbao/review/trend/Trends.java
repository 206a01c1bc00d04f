package cn.nianbao.review.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.ReviewText;
import cn.nianbao.validation.support.CellIndex;

/**
 * Builds the trend of one agency from its reports of several years (from files or from the repository).
 * Three charts: applications (新收, 上年结转, 办理结果总计, 结转下年度), outcomes by category (the 总计 column
 * of （一）…（六）), and 复议/诉讼 totals. When two reports are of the same year the later in the list wins.
 */
public final class Trends {

    /** A series of a chart: the catalogue role of the rows it adds up in their table's total column. */
    private record Figure(String chart, String id, String role) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("applications", "received", "received"), new Figure("applications", "carried", "carriedOver"),
            new Figure("applications", "handled", "done"), new Figure("applications", "carriedForward", "carriedForward"),
            new Figure("outcomes", "disclosed", "disclosed"), new Figure("outcomes", "partly", "partlyDisclosed"),
            new Figure("outcomes", "refused", "refused"), new Figure("outcomes", "unable", "unable"),
            new Figure("outcomes", "notProcessed", "notProcessed"), new Figure("outcomes", "other", "otherHandling"),
            new Figure("appeals", "review", "review"), new Figure("appeals", "suitDirect", "suitDirect"),
            new Figure("appeals", "suitAfterReview", "suitAfterReview"));

    private static final List<String> CHARTS = List.of("applications", "outcomes", "appeals");

    private Trends() {
    }

    public static Trend of(String agency, List<AnnualReport> reports) {
        Map<Integer, AnnualReport> byYear = new TreeMap<>();
        for (AnnualReport report : reports) {
            byYear.put(report.getYear(), report);
        }
        Map<Integer, CellIndex> indexed = new TreeMap<>();
        Map<Integer, Template> templates = new TreeMap<>();
        byYear.forEach((year, report) -> {
            indexed.put(year, new CellIndex(report));
            templates.put(year, FormatCatalogue.template(report));
        });
        List<Integer> years = List.copyOf(byYear.keySet());
        List<TrendChart> charts = new ArrayList<>();
        for (String chart : CHARTS) {
            List<TrendSeries> series = new ArrayList<>();
            for (Figure figure : FIGURES) {
                if (figure.chart().equals(chart)) {
                    series.add(series(figure, indexed, templates));
                }
            }
            charts.add(new TrendChart(chart, ReviewText.zh("chart." + chart), ReviewText.en("chart." + chart), years, series));
        }
        return new Trend(agency, years, charts);
    }

    private static TrendSeries series(Figure figure, Map<Integer, CellIndex> indexed, Map<Integer, Template> templates) {
        SortedMap<Integer, BigDecimal> values = new TreeMap<>();
        List<CellAddress> latest = List.of();
        for (Map.Entry<Integer, CellIndex> year : indexed.entrySet()) {
            latest = templates.get(year.getKey()).cellsOfRole(figure.role(), null);
            BigDecimal sum = sum(latest, year.getValue());
            if (sum != null) {
                values.put(year.getKey(), sum);
            }
        }
        String key = "series." + figure.id();
        return new TrendSeries(figure.id(), ReviewText.zh(key), ReviewText.en(key), latest, values);
    }

    private static BigDecimal sum(List<CellAddress> addresses, CellIndex cells) {
        BigDecimal sum = null;
        for (CellAddress cell : addresses) {
            var found = cells.cell(cell);
            if (found != null && found.getValue() != null) {
                sum = sum == null ? found.getValue() : sum.add(found.getValue());
            }
        }
        return sum;
    }
}
