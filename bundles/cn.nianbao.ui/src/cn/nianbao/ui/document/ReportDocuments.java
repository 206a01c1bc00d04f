package cn.nianbao.ui.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;

/** Opens reports for the workbench: native files, any published form the importers read, or a new one. */
public final class ReportDocuments {

    private ReportDocuments() {
    }

    /**
     * Opens a file. A native file keeps its path; a published form (text, …) opens as a new unsaved report,
     * so that Save asks where to put the native file and the source is never overwritten.
     */
    public static ReportDocument open(Path file) throws ImportException, IOException {
        if (isNative(file)) {
            return new ReportDocument(NativeFormat.read(file), file, false);
        }
        ImportResult result = ReportReader.read(file);
        return new ReportDocument(result.report(), null, true);
    }

    /** A new report: every section heading and every cell of the year's format, all blank. */
    public static ReportDocument create(String agency, AgencyLevel level, int year) {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName(agency);
        report.setAgencyLevel(level);
        report.setYear(year);
        report.setTemplateVersion(FormatCatalogue.versionForYear(year));
        report.setTitle(agency + year + "年政府信息公开工作年度报告");
        Template template = FormatCatalogue.template(report.getTemplateVersion());
        for (SectionDef section : template.sections()) {
            addSection(report, section);
            section.getSubsections().forEach(sub -> addSection(report, sub));
        }
        for (CellAddress cell : template.cells()) {
            ReportData.setValue(report, cell, null);
        }
        return new ReportDocument(report, null, true);
    }

    private static void addSection(AnnualReport report, SectionDef definition) {
        TextSection section = ReportFactory.eINSTANCE.createTextSection();
        section.setKey(definition.getKey());
        section.setHeading(definition.getHeading());
        section.setBody("");
        report.getSections().add(section);
    }

    /** True for a Nianbao file, false for a published form an importer has to read. */
    public static boolean isNative(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return NativeFormat.looksNative(in.readNBytes(512));
        }
    }
}
