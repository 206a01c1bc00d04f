package cn.nianbao.validation.tests;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;
import cn.nianbao.validation.Diagnostic;

/** Reports built from the corpus' hand-written expected values, and small helpers for the tests. */
final class Corpus {

    static final String SEED = "000";

    private Corpus() {
    }

    /** The report of corpus file {@code prefix} ("02", "000"…), its table values exactly as published. */
    static AnnualReport report(String prefix) {
        return ExpectedValues.read(TestData.expectedFor(TestData.corpus(prefix))).toReport("corpus " + prefix);
    }

    /** The same report with the six text sections present, as an importer would produce them. */
    static AnnualReport complete(String prefix) {
        AnnualReport report = report(prefix);
        for (SectionDef section : FormatCatalogue.template(report.getTemplateVersion()).sections()) {
            TextSection text = ReportFactory.eINSTANCE.createTextSection();
            text.setKey(section.getKey());
            text.setHeading(section.getHeading());
            text.setBody("……");
            report.getSections().add(text);
        }
        return report;
    }

    static void set(AnnualReport report, String table, String row, String column, String value) {
        ReportData.setValue(report, new CellAddress(table, row, column), value == null ? null : new BigDecimal(value));
    }

    static void setText(AnnualReport report, String table, String row, String column, String text) {
        ReportData.setText(report, new CellAddress(table, row, column), text);
    }

    static List<Diagnostic> only(List<Diagnostic> diagnostics, String ruleId) {
        return diagnostics.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    static List<Diagnostic> startingWith(List<Diagnostic> diagnostics, String prefix) {
        return diagnostics.stream().filter(d -> d.ruleId().startsWith(prefix)).toList();
    }

    static List<String> ruleIds(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::ruleId).toList();
    }
}
