package cn.nianbao.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

import cn.nianbao.export.layout.Part;

/**
 * The report as a Word document on A4 with the margins of official documents (GB/T 9704: top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm), the page number centred in the footer.
 */
public final class DocxDocumentWriter {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int TOP = 2098;
    private static final int BOTTOM = 1984;
    private static final int LEFT = 1587;
    private static final int RIGHT = 1474;
    /** Two characters of 16 pt: the first-line indent of Chinese body text. */
    private static final int INDENT = 640;

    private DocxDocumentWriter() {
    }

    public static void write(List<Part> parts, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            pageSetup(document);
            DocxFontTable.addFallbacks(document);
            DocxTableWriter tables = new DocxTableWriter(document, A4_WIDTH - LEFT - RIGHT);
            for (Part part : parts) {
                switch (part) {
                    case Part.Title t -> paragraph(document, t.text(), DocxFonts.TITLE, ParagraphAlignment.CENTER, 0);
                    case Part.Heading h -> paragraph(document, h.text(), h.level() == 1 ? DocxFonts.HEADING : DocxFonts.SUBHEADING,
                            ParagraphAlignment.LEFT, INDENT).setKeepNext(true);
                    case Part.Paragraph p -> paragraph(document, p.text(), DocxFonts.BODY, ParagraphAlignment.BOTH, INDENT);
                    case Part.Table t -> tables.write(t.table());
                }
            }
            footer(document);
            document.write(out);
        }
    }

    static XWPFParagraph paragraph(XWPFDocument document, String text, DocxFonts font, ParagraphAlignment alignment,
            int indent) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        if (indent > 0) {
            paragraph.setFirstLineIndent(indent);
        }
        DocxParagraphs.text(paragraph, text, font);
        return paragraph;
    }

    static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
    }

    static void footer(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        DocxParagraphs.text(paragraph, "— ", DocxFonts.TABLE);
        CTSimpleField page = paragraph.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1");
        DocxParagraphs.text(paragraph, " —", DocxFonts.TABLE);
    }
}
