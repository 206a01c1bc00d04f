package cn.nianbao.io.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportImporter;
import cn.nianbao.io.grid.DocumentLines;
import cn.nianbao.io.internal.ImportGuard;
import cn.nianbao.io.internal.Messages;
import cn.nianbao.io.text.TextReportReader;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;

/**
 * Imports a report published as PDF, through Apache PDFBox: the glyphs with their positions become
 * lines, tables 三 and 四 are rebuilt into columns from the positions, and the shared text reading does
 * the rest. Encrypted PDFs, PDFs without a text layer and PDFs with too many pages are refused with a
 * clear reason; the reading stops at a time limit.
 */
public final class PdfImporter implements ReportImporter {

    /** Reports are 3 to 30 pages; a few hundred would be a book, not a report. */
    public static final int MAX_PAGES = 300;
    private static final int MIN_GLYPHS_PER_PAGE = 10;
    private static final int SNIFF = 1024;

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public boolean canRead(byte[] content, String fileName) {
        if (content == null) {
            return false;
        }
        int n = Math.min(content.length - 4, SNIFF);
        for (int i = 0; i < n; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F' && content[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    @Override
    public ImportResult read(byte[] content, String fileName) throws ImportException {
        long deadline = System.nanoTime() + ImportGuard.TIME_LIMIT_MILLIS * 1_000_000L;
        return ImportGuard.run(fileName, ImportGuard.TIME_LIMIT_MILLIS + 1000, () -> read(content, fileName, deadline));
    }

    private static ImportResult read(byte[] content, String fileName, long deadline) throws ImportException {
        try (PDDocument document = Loader.loadPDF(content)) {
            document.setResourceCache(new DocumentFonts());
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw Messages.exception("pdf.tooManyPages", fileName, pages, MAX_PAGES);
            }
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw Messages.exception("pdf.encrypted", fileName);
            }
            PositionStripper stripper = new PositionStripper(deadline);
            List<String> lines = DocumentLines.fromTitle(TableLines.of(stripper.pages(document)));
            if (stripper.glyphCount() < MIN_GLYPHS_PER_PAGE * Math.max(1, Math.min(pages, 3))) {
                throw Messages.exception("pdf.noText", fileName);
            }
            ImportResult result = TextReportReader.read(lines, fileName);
            noteImageTables(result, document);
            return result;
        } catch (InvalidPasswordException e) {
            throw Messages.exception("pdf.encrypted", fileName);
        } catch (IOException e) {
            if (System.nanoTime() > deadline) {
                throw Messages.exception("file.timeout", fileName, ImportGuard.TIME_LIMIT_MILLIS / 1000);
            }
            throw Messages.exception("file.damagedPlain", fileName);
        }
    }

    /** A table missing from a PDF that holds images was most likely pasted as an image: say so. */
    private static void noteImageTables(ImportResult result, PDDocument document) {
        if (!PdfImages.any(document)) {
            return;
        }
        Template template = FormatCatalogue.template(result.report());
        for (ImportNote note : List.copyOf(result.importReport().notes(ImportNote.Kind.ABSENT))) {
            if (note.tableId() != null && note.elementId() == null && template.table(note.tableId()) != null) {
                String table = template.table(note.tableId()).definition().getNumber();
                result.importReport().add(Messages.note(ImportNote.Kind.UNREADABLE, note.tableId(), null, 0, "pdf.imageTable", table));
            }
        }
    }
}
