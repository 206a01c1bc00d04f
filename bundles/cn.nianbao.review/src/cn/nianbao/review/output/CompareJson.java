package cn.nianbao.review.output;

import java.util.Locale;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.CrossYearCheck;
import cn.nianbao.review.compare.ParagraphPair;
import cn.nianbao.review.compare.SectionComparison;
import cn.nianbao.review.compare.Span;
import cn.nianbao.review.compare.TableComparison;

/**
 * A comparison as one JSON object: {@code before}, {@code after} ({agency, year}), {@code threshold},
 * {@code cells} (changed cells: table, row, column, before, after, delta, percent, large),
 * {@code crossYear} (rule, table, where, left, right, holds, formula; empty when the years are not
 * consecutive), {@code similarity} ({S1, S5, threshold}; null when a text is too short), {@code sections}
 * (key, heading, similarity, paragraphs that differ: kind, before, after, changed spans). See docs/cli.md.
 */
public final class CompareJson {

    private CompareJson() {
    }

    public static String write(Comparison comparison) {
        Json json = new Json().begin('{');
        report(json.key("before"), comparison.before());
        report(json.key("after"), comparison.after());
        json.key("threshold").begin('{').key("percent").number(number(comparison.threshold().percent()))
                .key("minimumDelta").number(String.valueOf(comparison.threshold().minimumDelta())).end('}');
        json.key("cells").begin('[');
        for (TableComparison table : comparison.tables()) {
            for (CellChange cell : table.changes()) {
                json.begin('{').field("table", cell.address().table()).field("row", cell.address().row())
                        .field("column", cell.address().column()).key("before").number(Numbers.plain(cell.before()))
                        .key("after").number(Numbers.plain(cell.after())).key("delta").number(Numbers.plain(cell.delta()))
                        .key("percent").number(cell.percent() == null ? null : number(cell.percent()))
                        .key("large").bool(cell.large()).end('}');
            }
        }
        json.end(']').key("crossYear").begin('[');
        for (CrossYearCheck check : comparison.crossYear()) {
            json.begin('{').field("rule", check.ruleId()).field("severity", check.severity().getLiteral())
                    .field("table", check.tableId()).field("where", check.where()).key("left")
                    .number(Numbers.plain(check.left())).key("right").number(Numbers.plain(check.right()))
                    .key("holds").bool(check.holds()).field("formula", check.formula()).end('}');
        }
        json.end(']').key("similarity").begin('{').key("S1").number(similarity(comparison.similarityS1()))
                .key("S5").number(similarity(comparison.similarityS5())).key("threshold")
                .number(similarity(comparison.copyThreshold())).end('}');
        sections(json.key("sections"), comparison);
        return json.end('}').toString();
    }

    private static void sections(Json json, Comparison comparison) {
        json.begin('[');
        for (SectionComparison section : comparison.sections()) {
            json.begin('{').field("key", section.key()).field("heading", section.heading()).key("similarity")
                    .number(similarity(section.similarity())).key("copied").bool(section.copied()).key("paragraphs").begin('[');
            for (ParagraphPair pair : section.paragraphs()) {
                if (pair.isDifference()) {
                    json.begin('{').field("kind", pair.kind().name()).field("before", pair.before())
                            .field("after", pair.after());
                    spans(json.key("beforeChanges"), pair.beforeChanges());
                    spans(json.key("afterChanges"), pair.afterChanges());
                    json.end('}');
                }
            }
            json.end(']').end('}');
        }
        json.end(']');
    }

    private static void spans(Json json, java.util.List<Span> spans) {
        json.begin('[');
        for (Span span : spans) {
            json.begin('[').number(String.valueOf(span.start())).number(String.valueOf(span.end())).end(']');
        }
        json.end(']');
    }

    private static void report(Json json, AnnualReport report) {
        json.begin('{').field("agency", report.getAgencyName()).key("year").number(String.valueOf(report.getYear()))
                .field("format", report.getTemplateVersion() == null ? null : report.getTemplateVersion().getLiteral())
                .end('}');
    }

    private static String similarity(double value) {
        return Double.isNaN(value) ? null : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
