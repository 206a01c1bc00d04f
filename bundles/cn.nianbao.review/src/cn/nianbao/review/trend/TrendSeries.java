package cn.nianbao.review.trend;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import cn.nianbao.model.CellAddress;

/**
 * One line of a trend chart: a figure of the reports (the sum of some cells, e.g. 不予公开 = R05…R12 in the
 * 总计 column) by year. A year whose report leaves every one of the cells blank has no point.
 */
public record TrendSeries(String id, String labelZh, String labelEn, List<CellAddress> cells,
        SortedMap<Integer, BigDecimal> values) {

    public TrendSeries {
        cells = List.copyOf(cells);
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public String label(boolean chinese) {
        return chinese ? labelZh : labelEn;
    }

    public BigDecimal value(int year) {
        return values.get(year);
    }
}
