package cn.nianbao.review.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.google.gson.stream.JsonWriter;

import cn.nianbao.model.PrintableText;
import cn.nianbao.review.ReviewText;
import cn.nianbao.review.copies.CopyPair;
import cn.nianbao.review.copies.UnitNames;

/**
 * The pairs of a copy search as text for a person (what came from files made safe to print), CSV or JSON
 * (shapes in docs/cli.md). Similarity is a
 * fraction with four decimals (1.0000: the same text but for names and figures); in the sample the units' own
 * names are one mark in the language asked for ("〔本单位〕" / "[own name]"), figures are '#'.
 */
public final class CopiesOutput {

    private CopiesOutput() {
    }

    public static String text(List<CopyPair> pairs, int reports, boolean chinese) {
        StringBuilder out = new StringBuilder();
        for (CopyPair pair : pairs) {
            // names, file names and the passage come from files: made safe for a terminal
            out.append(ReviewText.get(chinese, "copies.pair", PrintableText.all(pair.heading(chinese),
                    Numbers.similarity(pair.similarity()), pair.unitA(), pair.sourceA(), pair.unitB(), pair.sourceB())))
                    .append('\n');
            out.append("    ").append(ReviewText.get(chinese, "copies.sample", PrintableText.of(sample(pair, chinese))))
                    .append('\n');
        }
        out.append(ReviewText.get(chinese, "copies.summary", pairs.size(), reports)).append('\n');
        return out.toString();
    }

    public static String csv(List<CopyPair> pairs, boolean chinese) {
        StringBuilder csv = new StringBuilder("section,heading,unit_a,source_a,unit_b,source_b,similarity,sample\n");
        for (CopyPair pair : pairs) {
            csv.append(pair.section()).append(',').append(quote(pair.heading(chinese))).append(',')
                    .append(quote(pair.unitA())).append(',').append(quote(pair.sourceA())).append(',')
                    .append(quote(pair.unitB())).append(',').append(quote(pair.sourceB())).append(',')
                    .append(fraction(pair.similarity())).append(',').append(quote(sample(pair, chinese))).append('\n');
        }
        return csv.toString();
    }

    public static String json(List<CopyPair> pairs, int reports, boolean chinese) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginObject();
            json.name("reports").value(reports);
            json.name("pairs").beginArray();
            for (CopyPair pair : pairs) {
                json.beginObject();
                json.name("section").value(pair.section());
                json.name("heading").value(pair.heading(chinese));
                unit(json.name("a"), pair.unitA(), pair.sourceA());
                unit(json.name("b"), pair.unitB(), pair.sourceB());
                json.name("similarity").jsonValue(fraction(pair.similarity()));
                json.name("sample").value(sample(pair, chinese));
                json.endObject();
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void unit(JsonWriter json, String unit, String source) throws IOException {
        json.beginObject().name("unit").value(unit).name("source").value(source).endObject();
    }

    private static String sample(CopyPair pair, boolean chinese) {
        return pair.sample().replace(String.valueOf(UnitNames.MARK), ReviewText.get(chinese, "copies.mark"));
    }

    private static String fraction(double similarity) {
        return String.format(Locale.ROOT, "%.4f", similarity);
    }

    private static String quote(String text) {
        boolean plain = text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
        return plain ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
