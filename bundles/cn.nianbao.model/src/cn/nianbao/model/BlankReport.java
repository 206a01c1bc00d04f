package cn.nianbao.model;

import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;

/** A new report of an agency and year: every section heading and every cell of the year's format, all blank. */
public final class BlankReport {

    private BlankReport() {
    }

    public static AnnualReport create(String agency, AgencyLevel level, int year) {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName(agency);
        report.setAgencyLevel(level);
        report.setYear(year);
        Template template = FormatCatalogue.template(FormatCatalogue.versionForYear(year), year);
        template.applyTo(report);
        report.setTitle(agency + year + "年政府信息公开工作年度报告");
        for (SectionDef section : template.sections()) {
            addSection(report, section);
            section.getSubsections().forEach(sub -> addSection(report, sub));
        }
        for (CellAddress cell : template.cells()) {
            ReportData.setValue(report, cell, null);
        }
        return report;
    }

    private static void addSection(AnnualReport report, SectionDef definition) {
        TextSection section = ReportFactory.eINSTANCE.createTextSection();
        section.setKey(definition.getKey());
        section.setHeading(definition.getHeading());
        section.setBody("");
        report.getSections().add(section);
    }
}
