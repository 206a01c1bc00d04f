package cn.nianbao.review.score;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.google.gson.stream.JsonWriter;

import cn.nianbao.model.CellAddress;
import cn.nianbao.review.score.remedy.Remedies;

/**
 * Scores as JSON (an exchange format, docs/cli.md "score"): an array with one object per unit, {@code unit,
 * year, source, sheet, score, maximum, deducted, deductions, for_person}; each line {@code item, rule,
 * severity, cells, points, treatment, reason, evidence_zh, evidence_en, remedy_zh, remedy_en}.
 */
public final class ScoreJson {

    private ScoreJson() {
    }

    public static String write(List<UnitScore> scores) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.beginArray();
            for (UnitScore score : scores) {
                unit(json, score);
            }
            json.endArray();
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void unit(JsonWriter json, UnitScore score) throws IOException {
        json.beginObject();
        json.name("unit").value(score.agency());
        json.name("year").value(score.year());
        json.name("source").value(score.source());
        json.name("sheet").value(score.sheetId());
        json.name("score").value(plain(score.score()));
        json.name("maximum").value(plain(score.maximum()));
        json.name("deducted").value(plain(score.deducted()));
        lines(json.name("deductions"), score.deductions());
        lines(json.name("for_person"), score.forPerson());
        json.endObject();
    }

    private static void lines(JsonWriter json, List<ScoreLine> lines) throws IOException {
        json.beginArray();
        for (ScoreLine line : lines) {
            json.beginObject();
            json.name("item").value(line.itemId());
            json.name("rule").value(line.ruleId());
            json.name("severity").value(line.severity() == null ? null : line.severity().getLiteral());
            json.name("cells").beginArray();
            for (CellAddress cell : line.cells()) {
                json.beginObject().name("table").value(cell.table()).name("row").value(cell.row()).name("column")
                        .value(cell.column()).endObject();
            }
            json.endArray();
            json.name("points").value(plain(line.points()));
            json.name("treatment").value(line.treatment().name().toLowerCase(Locale.ROOT));
            json.name("reason").value(line.reason().name().toLowerCase(Locale.ROOT));
            json.name("evidence_zh").value(line.evidenceZh());
            json.name("evidence_en").value(line.evidenceEn());
            json.name("remedy_zh").value(Remedies.of(line.ruleId(), true));
            json.name("remedy_en").value(Remedies.of(line.ruleId(), false));
            json.endObject();
        }
        json.endArray();
    }

    /** 0.5 and 2, not 0.50 or 2.0: the points as the sheet writes them. */
    static BigDecimal plain(BigDecimal points) {
        return points == null ? null : new BigDecimal(points.stripTrailingZeros().toPlainString());
    }
}
