package cn.nianbao.review.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.google.gson.stream.JsonWriter;

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
 * Numbers are written as the reviewer reads them (plain digits, percentages with two decimals), not as
 * Java prints a double.
 */
public final class CompareJson {

    private CompareJson() {
    }

    public static String write(Comparison comparison) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setSerializeNulls(true);
            write(json, comparison);
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonWriter json, Comparison comparison) throws IOException {
        json.beginObject();
        report(json.name("before"), comparison.before());
        report(json.name("after"), comparison.after());
        json.name("threshold").beginObject();
        number(json.name("percent"), twoDecimals(comparison.threshold().percent()));
        json.name("minimumDelta").value(comparison.threshold().minimumDelta());
        json.endObject();
        json.name("cells").beginArray();
        for (TableComparison table : comparison.tables()) {
            for (CellChange cell : table.changes()) {
                cell(json, cell);
            }
        }
        json.endArray();
        json.name("crossYear").beginArray();
        for (CrossYearCheck check : comparison.crossYear()) {
            crossYear(json, check);
        }
        json.endArray();
        json.name("similarity").beginObject();
        number(json.name("S1"), similarity(comparison.similarityS1()));
        number(json.name("S5"), similarity(comparison.similarityS5()));
        number(json.name("threshold"), similarity(comparison.copyThreshold()));
        json.endObject();
        json.name("sections").beginArray();
        for (SectionComparison section : comparison.sections()) {
            section(json, section);
        }
        json.endArray();
        json.endObject();
    }

    private static void cell(JsonWriter json, CellChange cell) throws IOException {
        json.beginObject();
        json.name("table").value(cell.address().table());
        json.name("row").value(cell.address().row());
        json.name("column").value(cell.address().column());
        number(json.name("before"), Numbers.plain(cell.before()));
        number(json.name("after"), Numbers.plain(cell.after()));
        number(json.name("delta"), Numbers.plain(cell.delta()));
        number(json.name("percent"), cell.percent() == null ? null : twoDecimals(cell.percent()));
        json.name("large").value(cell.large());
        json.endObject();
    }

    private static void crossYear(JsonWriter json, CrossYearCheck check) throws IOException {
        json.beginObject();
        json.name("rule").value(check.ruleId());
        json.name("severity").value(check.severity().getLiteral());
        json.name("table").value(check.tableId());
        json.name("where").value(check.where());
        number(json.name("left"), Numbers.plain(check.left()));
        number(json.name("right"), Numbers.plain(check.right()));
        json.name("holds").value(check.holds());
        json.name("formula").value(check.formula());
        json.endObject();
    }

    private static void section(JsonWriter json, SectionComparison section) throws IOException {
        json.beginObject();
        json.name("key").value(section.key());
        json.name("heading").value(section.heading());
        number(json.name("similarity"), similarity(section.similarity()));
        json.name("copied").value(section.copied());
        json.name("paragraphs").beginArray();
        for (ParagraphPair pair : section.paragraphs()) {
            if (pair.isDifference()) {
                json.beginObject();
                json.name("kind").value(pair.kind().name());
                json.name("before").value(pair.before());
                json.name("after").value(pair.after());
                spans(json.name("beforeChanges"), pair.beforeChanges());
                spans(json.name("afterChanges"), pair.afterChanges());
                json.endObject();
            }
        }
        json.endArray();
        json.endObject();
    }

    private static void spans(JsonWriter json, List<Span> spans) throws IOException {
        json.beginArray();
        for (Span span : spans) {
            json.beginArray().value(span.start()).value(span.end()).endArray();
        }
        json.endArray();
    }

    private static void report(JsonWriter json, AnnualReport report) throws IOException {
        json.beginObject();
        json.name("agency").value(report.getAgencyName());
        json.name("year").value(report.getYear());
        json.name("format").value(report.getTemplateVersion() == null ? null : report.getTemplateVersion().getLiteral());
        json.endObject();
    }

    /** A number already formatted as plain digits, written as it is; null stays null. */
    private static void number(JsonWriter json, String digits) throws IOException {
        if (digits == null) {
            json.nullValue();
        } else {
            json.jsonValue(digits);
        }
    }

    private static String similarity(double value) {
        return Double.isNaN(value) ? null : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
