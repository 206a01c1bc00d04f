package cn.nianbao.review.compare;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.report.AnnualReport;

/**
 * Two reports side by side: every table cell by cell, the year-to-year identities where they apply, and
 * every text section paragraph by paragraph. {@code before} is the earlier (left) report, {@code after}
 * the later (right) one. {@code similarityS1} and {@code similarityS5} are XY-03's measures of sections
 * 一 (with its sub-topics) and 五, or NaN where a text is too short to compare.
 */
public record Comparison(AnnualReport before, AnnualReport after, ChangeThreshold threshold,
        List<TableComparison> tables, boolean crossYearApplies, List<CrossYearCheck> crossYear,
        List<SectionComparison> sections, double similarityS1, double similarityS5, double copyThreshold) {

    public Comparison {
        tables = List.copyOf(tables);
        crossYear = List.copyOf(crossYear);
        sections = List.copyOf(sections);
    }

    public TableComparison table(String id) {
        return tables.stream().filter(t -> t.tableId().equals(id)).findFirst().orElse(null);
    }

    /** Every changed cell, in table and print order: the stops of "next difference". */
    public List<CellChange> changedCells() {
        List<CellChange> all = new ArrayList<>();
        tables.forEach(t -> all.addAll(t.changes()));
        return all;
    }

    public List<CrossYearCheck> failures() {
        return crossYear.stream().filter(c -> !c.holds()).toList();
    }

    public List<CrossYearCheck> checks(String ruleId) {
        return crossYear.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
    }

    public boolean copied(double similarity) {
        return !Double.isNaN(similarity) && similarity >= copyThreshold;
    }
}
