package cn.nianbao.review.trend;

import java.util.List;

/** The main figures of one agency (or one roll-up) across the years: one chart per group of figures. */
public record Trend(String agency, List<Integer> years, List<TrendChart> charts) {

    public Trend {
        years = List.copyOf(years);
        charts = List.copyOf(charts);
    }

    public TrendChart chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
