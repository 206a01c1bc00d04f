package cn.nianbao.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * The eastAsia fallback. 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 are missing on many machines, so the
 * document's font table gives each its usual substitute as {@code w:altName} (FangSong, KaiTi, SimSun) with
 * the GB2312 character set, which Word and LibreOffice use to pick a Chinese font; and the default run fonts
 * are eastAsia 宋体 so that text without explicit fonts (the page-number field) stays Chinese too.
 * poi-ooxml-lite has no classes for the font table, so it is written as XML.
 */
final class DocxFontTable {

    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String[][] FONTS = {
        {"仿宋_GB2312", "FangSong", "modern"},
        {"楷体_GB2312", "KaiTi", "modern"},
        {"黑体", "SimHei", "modern"},
        {"宋体", "SimSun", "auto"},
        {"方正小标宋简体", "SimSun", "auto"},
    };

    private DocxFontTable() {
    }

    static void addFallbacks(XWPFDocument document) throws IOException {
        defaults(document);
        try {
            OPCPackage opc = document.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = opc.createPart(name, CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml().getBytes(StandardCharsets.UTF_8));
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException("font table: " + e.getMessage(), e);
        }
    }

    private static String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (String[] font : FONTS) {
            xml.append("<w:font w:name=\"").append(font[0]).append("\"><w:altName w:val=\"").append(font[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(font[2])
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
                + "<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        return xml.toString();
    }

    private static void defaults(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setEastAsia("宋体");
        fonts.setHint(STHint.EAST_ASIA);
        defaults.addNewLang().setEastAsia("zh-CN");
        document.createStyles().setStyles(styles);
    }
}
