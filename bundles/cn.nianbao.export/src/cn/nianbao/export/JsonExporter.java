package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.TimeZone;

import com.google.gson.stream.JsonWriter;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.TextSection;

/**
 * The report as JSON, schema {@value #SCHEMA} (documented in docs/json-schema.md): agency, year, format
 * version, the text sections and the same cells as the CSV export, numbers exactly as printed.
 */
public final class JsonExporter implements ReportExporter {

    public static final String SCHEMA = "nianbao-report/1";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("schema").value(SCHEMA);
        json.name("agency").value(report.getAgencyName());
        json.name("agencyLevel").value(report.getAgencyLevel().getLiteral());
        json.name("reportScope").value(report.getReportScope().getLiteral());
        json.name("year").value(report.getYear());
        json.name("formatVersion").value(report.getTemplateVersion().getLiteral());
        json.name("title").value(report.getTitle());
        json.name("publishDate").value(report.getPublishDate() == null ? null : isoDate(report));
        json.name("preamble").value(report.getPreamble());
        writeSections(report, json);
        writeCells(report, json);
        json.endObject();
        json.flush();
    }

    private static String isoDate(AnnualReport report) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        return format.format(report.getPublishDate());
    }

    private static void writeSections(AnnualReport report, JsonWriter json) throws IOException {
        json.name("sections").beginArray();
        for (TextSection section : report.getSections()) {
            json.beginObject();
            json.name("key").value(section.getKey());
            json.name("heading").value(section.getHeading());
            json.name("body").value(section.getBody());
            json.endObject();
        }
        json.endArray();
    }

    private static void writeCells(AnnualReport report, JsonWriter json) throws IOException {
        json.name("cells").beginArray();
        for (CellAddress address : ExportedCells.of(report)) {
            Cell cell = ReportData.cell(report, address);
            json.beginObject();
            json.name("table").value(address.table());
            json.name("row").value(address.row());
            json.name("column").value(address.column());
            String printed = ExportedCells.printed(cell);
            if (printed.isEmpty()) {
                json.name("value").nullValue();
            } else {
                json.name("value").jsonValue(printed);
            }
            if (cell != null && cell.getText() != null) {
                json.name("text").value(cell.getText());
            }
            json.endObject();
        }
        json.endArray();
    }
}
