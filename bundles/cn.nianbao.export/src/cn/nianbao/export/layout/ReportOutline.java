package cn.nianbao.export.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;

/**
 * The document a report becomes: title, preamble, the six sections under their official headings (from the
 * catalogue, not the report's variants), the sub-topics of section 一, each table after the text of its
 * section, and optionally the review appendix.
 */
public final class ReportOutline {

    private static final TableResidue NO_TABLE = new TableResidue(List.of());

    private ReportOutline() {
    }

    public static List<Part> of(AnnualReport report, List<OpenDiagnostic> appendix) {
        Template template = FormatCatalogue.template(report);
        List<PrintedTable> tables = PrintedTables.of(report);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Title(title(report)));
        paragraphs(report.getPreamble(), parts);
        Set<String> done = new HashSet<>();
        for (SectionDef section : template.sections()) {
            parts.add(new Part.Heading(1, section.getHeading()));
            List<PrintedTable> own = tables.stream().filter(t -> section.getKey().equals(t.section())).toList();
            body(report, section.getKey(), parts, done, new TableResidue(own));
            for (SectionDef sub : section.getSubsections()) {
                parts.add(new Part.Heading(2, sub.getHeading()));
                body(report, sub.getKey(), parts, done, NO_TABLE);
            }
            extraSubsections(report, section.getKey(), parts, done);
            own.forEach(t -> parts.add(new Part.Table(t)));
        }
        if (appendix != null) {
            DiagnosticsAppendix.add(appendix, parts);
        }
        return parts;
    }

    public static String title(AnnualReport report) {
        if (report.getTitle() != null && !report.getTitle().isBlank()) {
            return report.getTitle().strip();
        }
        String agency = report.getAgencyName() == null ? "" : report.getAgencyName();
        return ExportTexts.get("title.suffix", agency, String.valueOf(report.getYear()));
    }

    /** Sub-topics the report has beyond the catalogue's five (S1.6 …), under the report's own heading. */
    private static void extraSubsections(AnnualReport report, String key, List<Part> parts, Set<String> done) {
        for (TextSection section : report.getSections()) {
            String own = section.getKey();
            if (own != null && own.startsWith(key + ".") && !done.contains(own)) {
                if (section.getHeading() != null && !section.getHeading().isBlank()) {
                    parts.add(new Part.Heading(2, section.getHeading().strip()));
                }
                body(report, own, parts, done, NO_TABLE);
            }
        }
    }

    private static void body(AnnualReport report, String key, List<Part> parts, Set<String> done, TableResidue residue) {
        done.add(key);
        for (TextSection section : report.getSections()) {
            if (key.equals(section.getKey())) {
                paragraphs(section.getBody(), parts, residue);
            }
        }
    }

    private static void paragraphs(String text, List<Part> parts) {
        paragraphs(text, parts, NO_TABLE);
    }

    private static void paragraphs(String text, List<Part> parts, TableResidue residue) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !residue.isResidue(line.strip())) {
                parts.add(new Part.Paragraph(line.strip()));
            }
        }
    }
}
