package cn.nianbao.export.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * The fonts of the official layout: 仿宋_GB2312 for body text, 黑体 and 楷体_GB2312 for headings, 宋体 for
 * the tables and the title. Chinese characters take the eastAsia font (with the eastAsia hint so that
 * shared punctuation does too); Latin letters and digits take Times New Roman. Where a machine lacks a
 * font, {@link DocxFontTable} names the usual substitute.
 */
enum DocxFonts {

    TITLE("方正小标宋简体", 22, false),
    HEADING("黑体", 16, false),
    SUBHEADING("楷体_GB2312", 16, false),
    BODY("仿宋_GB2312", 16, false),
    TABLE("宋体", 10.5, false),
    CAPTION("宋体", 12, true);

    private static final String LATIN = "Times New Roman";

    private final String eastAsia;
    private final double points;
    private final boolean bold;

    DocxFonts(String eastAsia, double points, boolean bold) {
        this.eastAsia = eastAsia;
        this.points = points;
        this.bold = bold;
    }

    void apply(XWPFRun run) {
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        fonts.setEastAsia(eastAsia);
        fonts.setHint(STHint.EAST_ASIA);
        run.setFontSize(points);
        // the complex-script size too, or Word shows a different size for some punctuation
        (pr.sizeOfSzCsArray() > 0 ? pr.getSzCsArray(0) : pr.addNewSzCs()).setVal(BigInteger.valueOf(Math.round(points * 2)));
        run.setBold(bold);
    }
}
