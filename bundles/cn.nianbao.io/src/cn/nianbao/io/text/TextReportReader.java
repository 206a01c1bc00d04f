package cn.nianbao.io.text;

import java.util.List;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote.Kind;
import cn.nianbao.io.ImportReport;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.internal.Messages;
import cn.nianbao.model.catalogue.PrintedLayoutKind;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TemplateVersion;

/**
 * The one reading of a report from lines of text, shared by every importer: plain text as it is, HTML and
 * DOCX with their tables written as tab-separated rows (spans resolved), PDF as layout lines rebuilt from
 * glyph positions. Finds the sections, the title block and the tables of the template (each in its
 * section, read by the reader of its printed layout), and notes what it could not read.
 */
public final class TextReportReader {

    private TextReportReader() {
    }

    /** Reads the report from its lines: paragraphs as lines, table rows as tab-separated cells or layout text. */
    public static ImportResult read(List<String> printed, String fileName) throws ImportException {
        boolean traditional = TraditionalText.isTraditional(printed);
        List<String> lines = traditional ? TraditionalText.toSimplified(printed) : printed;
        List<Heading> headings = SectionFinder.find(lines);
        Regions regions = new Regions(lines, headings);
        int[] table3 = regions.table3();
        boolean cutShort = headings.size() == 1 && TitleReader.namesAnnualReport(lines, regions.firstHeading());
        if (headings.size() < 2 && table3 == null && !cutShort) {
            throw Messages.exception("text.notReport", fileName);
        }
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        ImportReport notes = new ImportReport();
        ImportContext context = new ImportContext(lines, report, notes);
        if (traditional) {
            context.note(Kind.DEVIATION, null, null, 0, "text.traditional");
        }
        if (!TitleReader.read(report, lines, regions.firstHeading())) {
            context.note(Kind.ABSENT, null, "title", 0, "title.absent");
        }
        SectionBuilder.build(report, lines, headings);
        regions.reportMissing(context);
        Template national = FormatCatalogue.template(TemplateVersion.V2021);
        Template template = VersionDetector.fromLayout(text(regions, national, PrintedLayoutKind.BLOCKS),
                text(regions, national, PrintedLayoutKind.GRID), report.getYear());
        if (template == null) {
            template = VersionDetector.fromYear(report.getYear());
            context.note(Kind.DEVIATION, null, null, 0, "version.fromYear");
        }
        template.applyTo(report);
        context.template(template);
        for (TableLayout table : template.tables()) {
            int[] region = regions.of(table, template.tables());
            if (region == null) {
                context.note(Kind.ABSENT, table.id(), null, 0, "table.absent", table.definition().getNumber());
            } else {
                read(context, table, region);
            }
        }
        return new ImportResult(report, notes);
    }

    /** The lines of the template's table printed this way, "" when there is none. */
    private static String text(Regions regions, Template template, PrintedLayoutKind kind) {
        for (TableLayout table : template.tables()) {
            if (table.definition().getPrintedLayout() == kind) {
                return regions.text(regions.of(table, template.tables()));
            }
        }
        return "";
    }

    /** Each way the format prints a table has its reader. */
    private static void read(ImportContext context, TableLayout table, int[] region) {
        switch (table.definition().getPrintedLayout()) {
            case BLOCKS -> new Table2Reader(context, table).read(region[0], region[1]);
            case ONE_LINE -> new Table4Reader(context, table).read(region[0], region[1]);
            default -> new Table3Reader(context, table).read(region[0], region[1]);
        }
    }
}
