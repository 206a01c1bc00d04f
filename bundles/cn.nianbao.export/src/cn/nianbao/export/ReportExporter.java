package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;

import cn.nianbao.model.report.AnnualReport;

/** Writes a report in one output format. Exporters are headless and keep no state between calls. */
public interface ReportExporter {

    /** The format name used on the command line: csv, json, docx, html, html-fragment, pdf, xlsx. */
    String format();

    /** The usual file extension, without the dot. */
    String extension();

    void write(AnnualReport report, OutputStream out) throws IOException;

    /** Writes with options; formats without choices (CSV, JSON) ignore them. */
    default void write(AnnualReport report, OutputStream out, ExportOptions options) throws IOException {
        write(report, out);
    }
}
