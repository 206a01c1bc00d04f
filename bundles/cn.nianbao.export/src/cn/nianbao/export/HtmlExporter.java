package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.export.html.HtmlDocumentWriter;
import cn.nianbao.export.layout.Part;
import cn.nianbao.export.layout.ReportOutline;
import cn.nianbao.model.report.AnnualReport;

/**
 * HTML: {@code html} writes a full page, {@code html-fragment} (or {@link ExportOptions#fragmentOnly()}) a
 * {@code <div>} to embed in a web site's page. Both are self-contained: inline CSS, no script, no links.
 */
public final class HtmlExporter implements ReportExporter {

    private final boolean fragment;

    public HtmlExporter() {
        this(false);
    }

    private HtmlExporter(boolean fragment) {
        this.fragment = fragment;
    }

    public static HtmlExporter fragment() {
        return new HtmlExporter(true);
    }

    @Override
    public String format() {
        return fragment ? "html-fragment" : "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        write(report, out, ExportOptions.DEFAULTS);
    }

    @Override
    public void write(AnnualReport report, OutputStream out, ExportOptions options) throws IOException {
        List<Part> parts = ReportOutline.of(report, OpenDiagnostics.ifWanted(report, options));
        String html = fragment || options.fragmentOnly() ? HtmlDocumentWriter.fragment(parts)
                : HtmlDocumentWriter.page(parts, ReportOutline.title(report));
        out.write(html.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
