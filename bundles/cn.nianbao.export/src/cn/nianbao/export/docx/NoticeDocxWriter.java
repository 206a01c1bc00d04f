package cn.nianbao.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import cn.nianbao.export.notice.Notice;
import cn.nianbao.export.notice.NoticeLine;
import cn.nianbao.export.notice.NoticeTexts;
import cn.nianbao.export.notice.NoticeUnit;

/**
 * A 通报 as a Word document on the report's page (A4, official margins): the title, the sheet it is scored
 * on, a table of the units' scores, then per unit its findings with points and 整改建议.
 */
public final class NoticeDocxWriter {

    private static final String[] SCORE_COLUMNS = { "col.number", "col.unit", "col.score", "col.maximum",
            "col.deducted", "col.forPerson" };
    private static final String[] FINDING_COLUMNS = { "col.item", "col.rule", "col.evidence", "col.points",
            "col.treatment", "col.remedy" };

    private final boolean chinese;
    private final XWPFDocument document;

    private NoticeDocxWriter(boolean chinese, XWPFDocument document) {
        this.chinese = chinese;
        this.document = document;
    }

    public static void write(Notice notice, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxDocumentWriter.pageSetup(document);
            DocxFontTable.addFallbacks(document);
            new NoticeDocxWriter(notice.chinese(), document).body(notice);
            DocxDocumentWriter.footer(document);
            document.write(out);
        }
    }

    private void body(Notice notice) {
        DocxDocumentWriter.paragraph(document, notice.title(), DocxFonts.TITLE, ParagraphAlignment.CENTER, 0);
        DocxDocumentWriter.paragraph(document, text("basis", notice.sheetName(), notice.sheetSource()), DocxFonts.BODY,
                ParagraphAlignment.BOTH, 0);
        heading(text("scores"));
        XWPFTable scores = table(SCORE_COLUMNS);
        int number = 1;
        for (NoticeUnit unit : notice.units()) {
            row(scores, Integer.toString(number++), unit.unit(), plain(unit.score()), plain(unit.maximum()),
                    plain(unit.maximum().subtract(unit.score())), Long.toString(unit.forPerson()));
        }
        document.createParagraph();
        heading(text("findings"));
        number = 1;
        for (NoticeUnit unit : notice.units()) {
            DocxDocumentWriter.paragraph(document, text("unitHeading", Integer.toString(number++), unit.unit(),
                    plain(unit.score()), plain(unit.maximum())), DocxFonts.SUBHEADING, ParagraphAlignment.LEFT, 0)
                    .setKeepNext(true);
            if (unit.lines().isEmpty()) {
                DocxDocumentWriter.paragraph(document, text("noFindings"), DocxFonts.BODY, ParagraphAlignment.LEFT, 0);
                continue;
            }
            XWPFTable findings = table(FINDING_COLUMNS);
            for (NoticeLine line : unit.lines()) {
                row(findings, line.item(), orEmpty(line.rule()), line.evidence(), plain(line.points()), line.treatment(),
                        orEmpty(line.remedy()));
            }
            document.createParagraph();
        }
    }

    private void heading(String text) {
        DocxDocumentWriter.paragraph(document, text, DocxFonts.HEADING, ParagraphAlignment.LEFT, 0).setKeepNext(true);
    }

    private XWPFTable table(String[] columnKeys) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        table.setWidth("100%");
        XWPFTableRow header = table.insertNewTableRow(0);
        header.setRepeatHeader(true);
        for (String key : columnKeys) {
            cell(header, text(key), DocxFonts.CAPTION);
        }
        return table;
    }

    private static void row(XWPFTable table, String... values) {
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        row.setCantSplitRow(true);
        for (String value : values) {
            cell(row, value, DocxFonts.TABLE);
        }
    }

    private static void cell(XWPFTableRow row, String value, DocxFonts font) {
        XWPFParagraph paragraph = row.createCell().getParagraphs().get(0);
        DocxParagraphs.text(paragraph, value, font);
    }

    private String text(String key, Object... arguments) {
        return NoticeTexts.get(chinese, key, arguments);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Points as a person writes them: 0.5, 1, 2; nothing for none. */
    static String plain(BigDecimal points) {
        return points == null ? "" : points.stripTrailingZeros().toPlainString();
    }
}
