package cn.nianbao.review.output;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.CellNames;
import cn.nianbao.review.ReviewText;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.CrossYearCheck;
import cn.nianbao.review.compare.ParagraphPair;
import cn.nianbao.review.compare.SectionComparison;
import cn.nianbao.review.compare.TableComparison;

/**
 * A comparison as plain text for the terminal: the two reports, every changed cell (large changes marked
 * with !), the year-to-year checks, and the text sections with their similarity and changed paragraphs.
 */
public final class CompareText {

    private final boolean chinese;

    public CompareText(boolean chinese) {
        this.chinese = chinese;
    }

    public String write(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append(t("out.before", name(comparison.before()))).append('\n');
        out.append(t("out.after", name(comparison.after()))).append('\n');
        CellNames names = new CellNames(comparison.after());
        for (TableComparison table : comparison.tables()) {
            out.append('\n').append(t("out.table", names.tableName(table.tableId(), chinese), table.changes().size(),
                    table.largeChanges())).append('\n');
            for (CellChange cell : table.changes()) {
                out.append(cell.large() ? "! " : "  ").append(cell.address()).append("  ")
                        .append(Numbers.value(cell.before())).append(" → ").append(Numbers.value(cell.after()))
                        .append("  ").append(Numbers.delta(cell.delta())).append(' ').append(Numbers.percent(cell.percent()))
                        .append("  ").append(names.name(cell.address(), chinese)).append('\n');
            }
        }
        out.append('\n');
        if (!comparison.crossYearApplies()) {
            out.append(t("out.noCrossYear")).append('\n');
        }
        for (CrossYearCheck check : comparison.crossYear()) {
            out.append(check.holds() ? "  OK   " : "  FAIL ").append(check.ruleId()).append(' ').append(check.tableId())
                    .append('/').append(check.where()).append("  ").append(check.formula()).append(": ")
                    .append(Numbers.value(check.left())).append(check.holds() ? " = " : " ≠ ")
                    .append(Numbers.value(check.right())).append('\n');
        }
        out.append('\n').append(t("out.similarity", Numbers.similarity(comparison.similarityS1()),
                Numbers.similarity(comparison.similarityS5()), Numbers.similarity(comparison.copyThreshold()))).append('\n');
        for (SectionComparison section : comparison.sections()) {
            out.append('\n').append(section.heading()).append("  ").append(t("out.section",
                    Numbers.similarity(section.similarity()), section.differences())).append('\n');
            for (ParagraphPair pair : section.paragraphs()) {
                if (pair.isDifference()) {
                    out.append("  ").append(pair.kind()).append(": ")
                            .append(abbreviate(pair.after() != null ? pair.after() : pair.before())).append('\n');
                }
            }
        }
        return out.toString();
    }

    private String name(AnnualReport report) {
        return report.getAgencyName() + " " + report.getYear();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private String t(String key, Object... args) {
        return ReviewText.get(chinese, key, args);
    }
}
