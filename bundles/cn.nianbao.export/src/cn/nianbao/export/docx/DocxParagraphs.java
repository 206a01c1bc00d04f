package cn.nianbao.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Text runs with the project's fonts. */
final class DocxParagraphs {

    private DocxParagraphs() {
    }

    static XWPFRun text(XWPFParagraph paragraph, String text, DocxFonts font) {
        XWPFRun run = paragraph.createRun();
        font.apply(run);
        run.setText(text);
        return run;
    }
}
