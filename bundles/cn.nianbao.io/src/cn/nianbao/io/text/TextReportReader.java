package cn.nianbao.io.text;

import java.util.List;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote.Kind;
import cn.nianbao.io.ImportReport;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.internal.Messages;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TemplateVersion;

/**
 * The one reading of a report from lines of text, shared by every importer: plain text as it is, HTML and
 * DOCX with their tables written as tab-separated rows (spans resolved), PDF as layout lines rebuilt from
 * glyph positions. Finds the sections, the title block and tables 二, 三 and 四, and notes what it could
 * not read.
 */
public final class TextReportReader {

    private TextReportReader() {
    }

    /** Reads the report from its lines: paragraphs as lines, table rows as tab-separated cells or layout text. */
    public static ImportResult read(List<String> lines, String fileName) throws ImportException {
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
