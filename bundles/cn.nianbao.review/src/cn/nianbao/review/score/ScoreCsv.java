package cn.nianbao.review.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scores as CSV (an exchange format, docs/cli.md "score"): header {@value #HEADER}; one line per score
 * line, deductions first, then what goes to a person; a unit without any line has one line with the item
 * fields empty. Fields with a comma, quote or line break are quoted (RFC 4180).
 */
public final class ScoreCsv {

    public static final String HEADER = "unit,year,source,sheet,score,maximum,item,rule,severity,treatment,reason,points,"
            + "cells,evidence_zh,evidence_en";

    private ScoreCsv() {
    }

    public static String write(List<UnitScore> scores) {
        StringBuilder out = new StringBuilder(HEADER).append("\n");
        for (UnitScore score : scores) {
            String unit = String.join(",", field(score.agency()), Integer.toString(score.year()), field(score.source()),
                    field(score.sheetId()), plain(score.score()), plain(score.maximum()));
            if (score.deductions().isEmpty() && score.forPerson().isEmpty()) {
                out.append(unit).append(",,,,,,,,,\n");
            }
            for (List<ScoreLine> lines : List.of(score.deductions(), score.forPerson())) {
                for (ScoreLine line : lines) {
                    out.append(unit).append(',').append(String.join(",", field(line.itemId()), field(line.ruleId()),
                            line.severity() == null ? "" : line.severity().getLiteral(),
                            line.treatment().name().toLowerCase(Locale.ROOT),
                            line.reason().name().toLowerCase(Locale.ROOT), plain(line.points()),
                            field(line.cells().stream().map(Object::toString).collect(Collectors.joining(" "))),
                            field(line.evidenceZh()), field(line.evidenceEn()))).append("\n");
                }
            }
        }
        return out.toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : ScoreJson.plain(number).toPlainString();
    }

    private static String field(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
