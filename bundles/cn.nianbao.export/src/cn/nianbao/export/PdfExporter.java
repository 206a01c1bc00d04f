package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;

import cn.nianbao.export.layout.ReportOutline;
import cn.nianbao.export.pdf.CjkFontFinder;
import cn.nianbao.export.pdf.PdfDocumentWriter;
import cn.nianbao.model.report.AnnualReport;

/**
 * PDF (Apache PDFBox): A4 with a Chinese TrueType font found on the machine and embedded. Without one, writing
 * fails with {@link cn.nianbao.export.pdf.MissingCjkFontException}, whose message names the fonts to install.
 */
public final class PdfExporter implements ReportExporter {

    private final CjkFontFinder fonts;

    public PdfExporter() {
        this(null);
    }

    /** An exporter that looks for fonts only where this finder looks (tests, or a bundled font folder). */
    public PdfExporter(CjkFontFinder fonts) {
        this.fonts = fonts;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        write(report, out, ExportOptions.DEFAULTS);
    }

    @Override
    public void write(AnnualReport report, OutputStream out, ExportOptions options) throws IOException {
        // the system property is read per export, so that it can be set after start-up
        CjkFontFinder finder = fonts != null ? fonts : CjkFontFinder.system();
        new PdfDocumentWriter(finder).write(ReportOutline.of(report, OpenDiagnostics.ifWanted(report, options)),
                ReportOutline.title(report), out);
    }
}
