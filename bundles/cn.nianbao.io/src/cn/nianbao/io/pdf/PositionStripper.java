package cn.nianbao.io.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page with their positions (PDFBox's text stripper does the font decoding
 * and drops duplicated overlapping glyphs), and stops when the time limit passes or the thread is
 * interrupted.
 */
final class PositionStripper extends PDFTextStripper {

    private final long deadline;
    private final List<List<List<Segment>>> pages = new ArrayList<>();
    private int glyphs;

    PositionStripper(long deadline) {
        this.deadline = deadline;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The lines of each page, as segments. */
    List<List<List<Segment>>> pages(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return pages;
    }

    int glyphCount() {
        return glyphs;
    }

    @Override
    protected void writePage() throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            positions.addAll(article);
        }
        glyphs += positions.size();
        pages.add(PageLines.of(positions));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
            throw new IOException("time limit reached");
        }
        super.processOperator(operator, operands);
    }
}
