package cn.nianbao.cli.intake;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import cn.nianbao.review.intake.IntakeEntry;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.Submission;
import cn.nianbao.review.intake.SubmittedReport;
import cn.nianbao.store.RosterUnit;

/**
 * The intake list as text for a person, or as CSV and JSON for other programs (an exchange format, in
 * docs/cli.md: codes, not labels, so they read the same whatever the language).
 */
final class IntakeOutput {

    static final List<String> CSV_COLUMNS = List.of("kind", "unit", "level", "parent", "contact", "due", "days_left",
            "submission", "report_agency", "status", "submitted", "revisions", "errors", "warnings", "return_rounds",
            "duplicated");

    private final IntakeTexts text;

    IntakeOutput(IntakeTexts text) {
        this.text = text;
    }

    String format(IntakeList list, String format) throws IOException {
        return switch (format) {
            case "csv" -> csv(list);
            case "json" -> json(list);
            default -> text(list);
        };
    }

    private String text(IntakeList list) {
        StringBuilder out = new StringBuilder();
        out.append(text.get("intake.title", list.region(), list.year(), list.today())).append('\n');
        for (IntakeEntry e : list.entries()) {
            SubmittedReport r = e.report();
            out.append(mark(e)).append(' ').append(e.unit().name()).append("  ").append(text.level(e.unit().level()))
                    .append("  ").append(text.get(e.daysLeft() >= 0 ? "intake.due" : "intake.duePast", e.due(), Math.abs(e.daysLeft()))).append("  ")
                    .append(text.submission(e.submission()));
            if (r != null) {
                out.append(' ').append(r.submitted()).append("  ").append(text.status(r.standing().status())).append("  ")
                        .append(text.get("intake.checks", e.errors(), e.warnings(), rounds(r)));
            }
            if (e.duplicated()) {
                out.append("  ").append(text.get("intake.duplicated", String.join("、", e.reports())));
            }
            out.append('\n');
        }
        for (String agency : list.unmatched()) {
            out.append("? ").append(text.get("intake.unmatched", agency)).append('\n');
        }
        out.append(text.get("intake.summary", list.entries().size(), list.count(Submission.ON_TIME),
                list.count(Submission.LATE), list.count(Submission.NOT_SUBMITTED), list.count(Submission.OVERDUE),
                list.duplicated(), list.unmatched().size())).append('\n');
        return out.toString();
    }

    private static String mark(IntakeEntry e) {
        if (e.duplicated() || e.submission().late() || e.errors() > 0) {
            return "✗";
        }
        return e.submission().submitted() ? "✓" : "·";
    }

    private static String rounds(SubmittedReport r) {
        return r.standing().returnRounds() == null ? "—" : r.standing().returnRounds().toString();
    }

    private static String csv(IntakeList list) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (IntakeEntry e : list.entries()) {
            RosterUnit u = e.unit();
            SubmittedReport r = e.report();
            List<String> row = new ArrayList<>(List.of("UNIT", u.name(), u.level().name(), orBlank(u.parent()),
                    orBlank(u.contact()), e.due().toString(), Long.toString(e.daysLeft()), e.submission().name()));
            if (r == null) {
                row.addAll(List.of("", "", "", "", "", "", ""));
            } else {
                row.addAll(List.of(r.summary().agency(), r.standing().status().name(), r.submitted().toString(),
                        Integer.toString(r.summary().revisions()), Integer.toString(e.errors()),
                        Integer.toString(e.warnings()), orBlank(r.standing().returnRounds())));
            }
            row.add(Boolean.toString(e.duplicated()));
            out.append(String.join(",", row.stream().map(IntakeOutput::quoted).toList())).append("\r\n");
        }
        for (String agency : list.unmatched()) {
            out.append("UNMATCHED,,,,,,,,").append(quoted(agency)).append(",,,,,,,\r\n");
        }
        return out.toString();
    }

    private static String json(IntakeList list) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("region").value(list.region()).name("year").value(list.year());
            json.name("today").value(list.today().toString());
            json.name("units").beginArray();
            for (IntakeEntry e : list.entries()) {
                unit(json, e);
            }
            json.endArray();
            json.name("unmatched").beginArray();
            for (String agency : list.unmatched()) {
                json.value(agency);
            }
            json.endArray();
            json.endObject();
        }
        return out + "\n";
    }

    private static void unit(JsonWriter json, IntakeEntry e) throws IOException {
        RosterUnit u = e.unit();
        json.beginObject();
        json.name("unit").value(u.name()).name("level").value(u.level().name());
        json.name("parent").value(u.parent()).name("contact").value(u.contact());
        json.name("due").value(e.due().toString()).name("daysLeft").value(e.daysLeft());
        json.name("submission").value(e.submission().name()).name("duplicated").value(e.duplicated());
        json.name("reports").beginArray();
        for (String agency : e.reports()) {
            json.value(agency);
        }
        json.endArray();
        SubmittedReport r = e.report();
        if (r != null) {
            json.name("report").beginObject();
            json.name("agency").value(r.summary().agency()).name("status").value(r.standing().status().name());
            json.name("submitted").value(r.submitted().toString()).name("revisions").value(r.summary().revisions());
            json.name("errors").value(e.errors()).name("warnings").value(e.warnings());
            json.name("returnRounds").value(r.standing().returnRounds());
            json.endObject();
        } else {
            json.name("report").nullValue();
        }
        json.endObject();
    }

    private static String orBlank(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
