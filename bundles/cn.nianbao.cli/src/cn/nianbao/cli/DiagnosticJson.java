package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import cn.nianbao.model.CellAddress;
import cn.nianbao.validation.Diagnostic;

/**
 * The JSON form of {@code check}: an array of objects with file, rule, severity, cells ({table,row,column}),
 * expected, actual, formula, message_zh, message_en, accepted (null, or {reason, author, date}) (docs/cli.md).
 */
final class DiagnosticJson {

    private DiagnosticJson() {
    }

    static void write(List<FileDiagnostic> diagnostics, PrintStream out) {
        try {
            JsonWriter json = new JsonWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.beginArray();
            for (FileDiagnostic entry : diagnostics) {
                writeOne(json, entry);
            }
            json.endArray();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeOne(JsonWriter json, FileDiagnostic entry) throws IOException {
        Diagnostic d = entry.diagnostic();
        json.beginObject();
        json.name("file").value(entry.file());
        json.name("rule").value(d.ruleId());
        json.name("severity").value(d.severity().getLiteral());
        json.name("cells").beginArray();
        for (CellAddress cell : d.cells()) {
            json.beginObject();
            json.name("table").value(cell.table());
            json.name("row").value(cell.row());
            json.name("column").value(cell.column());
            json.endObject();
        }
        json.endArray();
        json.name("expected").value(d.expected());
        json.name("actual").value(d.actual());
        json.name("formula").value(d.formula());
        json.name("message_zh").value(d.messageZh());
        json.name("message_en").value(d.messageEn());
        json.name("accepted");
        if (d.isAccepted()) {
            json.beginObject();
            json.name("reason").value(d.accepted().getReason());
            json.name("author").value(d.accepted().getAuthor());
            json.name("date").value(d.accepted().getDate() == null ? null
                    : d.accepted().getDate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString());
            json.endObject();
        } else {
            json.nullValue();
        }
        json.endObject();
    }
}
