package cn.nianbao.export.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages being written: A4 with the margins of official documents (GB/T 9704), a cursor that moves down,
 * and a new page whenever the next piece does not fit.
 */
final class PdfCanvas {

    static final float MM = 72f / 25.4f;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    static final float TOP = 37 * MM;
    static final float BOTTOM = 35 * MM;

    private final PDDocument document;
    private final LoadedFont font;
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document, LoadedFont font) {
        this.document = document;
        this.font = font;
    }

    LoadedFont font() {
        return font;
    }

    float left() {
        return LEFT;
    }

    float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    float y() {
        return y;
    }

    void moveDown(float height) {
        y -= height;
    }

    /** Room left on this page below the cursor. */
    float room() {
        return stream == null ? 0 : y - BOTTOM;
    }

    static float pageHeight() {
        return PDRectangle.A4.getHeight() - TOP - BOTTOM;
    }

    /** Starts a new page unless this much height fits below the cursor. */
    void need(float height) throws IOException {
        if (stream == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        stream.setLineWidth(0.5f);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    /** Draws one line of text with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    void box(float x, float top, float width, float height) throws IOException {
        stream.addRect(x, top - height, width, height);
        stream.stroke();
    }

    void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
