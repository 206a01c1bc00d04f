package cn.nianbao.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

import cn.nianbao.export.layout.ExportTexts;
import cn.nianbao.export.layout.Part;

/**
 * The report as PDF: A4, a Chinese font embedded (subset), text wrapped to the page width, the tables drawn
 * with their spans, and "第n页／共m页" at the foot of every page once the page count is known.
 */
public final class PdfDocumentWriter {

    private static final float TITLE = 18f;
    private static final float HEADING = 14f;
    private static final float SUBHEADING = 13f;
    private static final float BODY = 12f;
    private static final float FOOTER = 9f;

    private final CjkFontFinder fonts;

    public PdfDocumentWriter(CjkFontFinder fonts) {
        this.fonts = fonts;
    }

    public void write(List<Part> parts, String title, OutputStream out) throws IOException {
        CjkFont cjk = fonts.find();
        try (PDDocument document = new PDDocument(); LoadedFont font = cjk.load(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Nianbao");
            PdfCanvas canvas = new PdfCanvas(document, font);
            canvas.newPage();
            PdfTableRenderer tables = new PdfTableRenderer(canvas);
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                if (part instanceof Part.Heading && i + 1 < parts.size() && parts.get(i + 1) instanceof Part.Table next) {
                    // a heading directly above a table moves to the next page with the table's start
                    canvas.need(HEADING * 1.6f * 2 + tables.start(next.table()));
                }
                switch (part) {
                    case Part.Title t -> centred(canvas, t.text(), TITLE);
                    case Part.Heading h -> paragraph(canvas, h.text(), h.level() == 1 ? HEADING : SUBHEADING, 0, true);
                    case Part.Paragraph p -> paragraph(canvas, p.text(), BODY, 2 * BODY, false);
                    case Part.Table t -> tables.draw(t.table());
                }
            }
            canvas.close();
            footers(document, font);
            document.save(out);
        }
    }

    private static void centred(PdfCanvas canvas, String text, float size) throws IOException {
        LineBreaker breaker = new LineBreaker(canvas.font(), size);
        for (String line : breaker.lines(text, canvas.width(), 0)) {
            canvas.need(size * 1.6f);
            float width = canvas.font().width(line, size);
            canvas.text(line, canvas.left() + (canvas.width() - width) / 2, canvas.y() - size, size);
            canvas.moveDown(size * 1.6f);
        }
        canvas.moveDown(size * 0.6f);
    }

    private static void paragraph(PdfCanvas canvas, String text, float size, float indent, boolean keepWithNext)
            throws IOException {
        float leading = size * 1.6f;
        List<String> lines = new LineBreaker(canvas.font(), size).lines(text, canvas.width(), indent);
        // a heading needs room for itself and two lines of what follows, or it moves to the next page
        canvas.need(keepWithNext ? leading * (lines.size() + 2) : leading);
        for (int i = 0; i < lines.size(); i++) {
            canvas.need(leading);
            canvas.text(lines.get(i), canvas.left() + (i == 0 ? indent : 0), canvas.y() - size, size);
            canvas.moveDown(leading);
        }
    }

    private static void footers(PDDocument document, LoadedFont font) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            String text = font.drawable(ExportTexts.get("page.footer", i + 1, count));
            float width = font.width(text, FOOTER);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                stream.beginText();
                stream.setFont(font.font(), FOOTER);
                stream.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, PdfCanvas.BOTTOM / 2);
                stream.showText(text);
                stream.endText();
            }
        }
    }
}
