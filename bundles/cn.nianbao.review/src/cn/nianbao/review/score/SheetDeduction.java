package cn.nianbao.review.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;

/**
 * The findings that cost points within one item: rule ids ({@code SUM-*} for a family), optionally only of
 * some severities or agency levels, with the points per occurrence and how occurrences are counted.
 *
 * @param rules      rule ids; an id ending in {@code *} matches every id with that beginning
 * @param severities the severities that match; empty: every severity
 * @param levels     the agency levels the deduction applies to; empty: every level
 * @param points     points per occurrence
 * @param count      how often the points are taken
 * @param automatic  false when the pack wants a person to decide even for an ERROR (e.g. 数据异常, "避免争议")
 */
public record SheetDeduction(List<String> rules, Set<Severity> severities, Set<AgencyLevel> levels, BigDecimal points,
        Count count, boolean automatic) {

    public SheetDeduction {
        rules = List.copyOf(rules);
        severities = Set.copyOf(severities);
        levels = Set.copyOf(levels);
    }

    public boolean matches(String ruleId, Severity severity, AgencyLevel level) {
        return (severities.isEmpty() || severities.contains(severity)) && (levels.isEmpty() || levels.contains(level))
                && rules.stream().anyMatch(r -> r.endsWith("*") ? ruleId.startsWith(r.substring(0, r.length() - 1))
                        : r.equals(ruleId));
    }

    /** Once per item and deduction, once per finding, or per case: the finding's value (KPI-01: 纠正 2 → twice). */
    public enum Count {
        ONCE, FINDING, VALUE
    }
}
