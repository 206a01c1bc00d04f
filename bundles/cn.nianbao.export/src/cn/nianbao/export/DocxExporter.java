package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;

import cn.nianbao.export.docx.DocxDocumentWriter;
import cn.nianbao.export.layout.ReportOutline;
import cn.nianbao.model.report.AnnualReport;

/** Word (DOCX, Apache POI): the report with the official headings and the three tables with merged headers. */
public final class DocxExporter implements ReportExporter {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        write(report, out, ExportOptions.DEFAULTS);
    }

    @Override
    public void write(AnnualReport report, OutputStream out, ExportOptions options) throws IOException {
        DocxDocumentWriter.write(ReportOutline.of(report, OpenDiagnostics.ifWanted(report, options)), out);
    }
}
