package cn.nianbao.io.text;

import java.util.List;
import java.util.Locale;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote.Kind;
import cn.nianbao.io.ImportReport;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportImporter;
import cn.nianbao.io.internal.Messages;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TemplateVersion;

/**
 * Imports a report from plain text: tab-separated table rows (as copied from a web page or Word) or
 * {@code pdftotext -layout} output. Finds the section headings, reads the title block, the text sections
 * and tables 二, 三 and 四, and notes what it could not read.
 */
public final class PlainTextImporter implements ReportImporter {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean canRead(byte[] content, String fileName) {
        if (content == null || content.length == 0 || TextDecoder.isBinary(content)) {
            return false;
        }
        String text = TextDecoder.decode(content);
        if (text == null) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<") || head.startsWith("%pdf") || head.startsWith("{\\rtf")) {
            return false;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || text.contains("政府信息公开") || text.contains("年度报告");
    }

    @Override
    public ImportResult read(byte[] content, String fileName) throws ImportException {
        try {
            return readText(decode(content, fileName), fileName);
        } catch (RuntimeException | StackOverflowError e) {
            throw Messages.exception("text.internal", fileName, e.toString());
        }
    }

    /** Throws the reason why the content is not readable text; returns quietly when it is text. */
    public static void checkText(byte[] content, String fileName) throws ImportException {
        decode(content, fileName);
    }

    private static String decode(byte[] content, String fileName) throws ImportException {
        if (content == null || content.length == 0) {
            throw Messages.exception("file.empty", fileName);
        }
        if (TextDecoder.isBinary(content)) {
            throw Messages.exception("text.binary", fileName);
        }
        String text = TextDecoder.decode(content);
        if (text == null) {
            throw Messages.exception("text.undecodable", fileName);
        }
        return text;
    }

    private static ImportResult readText(String text, String fileName) throws ImportException {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        List<Heading> headings = SectionFinder.find(lines);
        Regions regions = new Regions(lines, headings);
        int[] table3 = regions.table3();
        if (headings.size() < 2 && table3 == null) {
            throw Messages.exception("text.notReport", fileName);
        }
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        ImportReport notes = new ImportReport();
        ImportContext context = new ImportContext(lines, report, notes);
        if (!TitleReader.read(report, lines, regions.firstHeading())) {
            context.note(Kind.ABSENT, null, "title", 0, "title.absent");
        }
        SectionBuilder.build(report, lines, headings);
        regions.reportMissing(context);
        int[] table2 = regions.table2();
        int[] table4 = regions.of("S4");
        TemplateVersion version = VersionDetector.fromLayout(regions.text(table2), regions.text(table3));
        if (version == null) {
            version = VersionDetector.fromYear(report.getYear());
            context.note(Kind.DEVIATION, null, null, 0, "version.fromYear");
        }
        report.setTemplateVersion(version);
        context.template(FormatCatalogue.template(version));
        if (table2 != null) {
            new Table2Reader(context).read(table2[0], table2[1]);
        } else {
            context.note(Kind.ABSENT, Table2Reader.TABLE, null, 0, "table.absent", "二");
        }
        if (table3 != null) {
            new Table3Reader(context).read(table3[0], table3[1]);
        } else {
            context.note(Kind.ABSENT, Table3Reader.TABLE, null, 0, "table.absent", "三");
        }
        if (table4 != null) {
            new Table4Reader(context).read(table4[0], table4[1]);
        } else {
            context.note(Kind.ABSENT, Table4Reader.TABLE, null, 0, "table.absent", "四");
        }
        return new ImportResult(report, notes);
    }
}
