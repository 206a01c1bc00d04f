package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** STR-01 (six sections), STR-02 (complete tables), STR-03 (template version and the unsplit （六）). */
class StructureRulesTest {

    private final Validator validator = new Validator();

    @Test
    void aReportWithAllSixSectionsInOrderPasses() {
        assertEquals(List.of(), only(validator.check(Corpus.complete("04")), "STR-01"));
    }

    @Test
    void missingSectionsAreOneErrorNamingThem() {
        AnnualReport report = Corpus.complete("04");
        report.getSections().removeIf(s -> s.getKey().equals("S5") || s.getKey().equals("S6"));
        List<Diagnostic> str01 = only(validator.check(report), "STR-01");
        assertEquals(1, str01.size());
        assertEquals(Severity.ERROR, str01.get(0).severity());
        assertEquals("缺少 2 个必备部分：五、存在的主要问题及改进情况；六、其他需要报告的事项", str01.get(0).messageZh());
        assertEquals("S1, S2, S3, S4", str01.get(0).actual());
    }

    @Test
    void sectionsOutOfOrderAreAnError() {
        AnnualReport report = Corpus.complete("04");
        TextSection five = ReportData.section(report, "S5");
        report.getSections().move(report.getSections().size() - 1, five);
        List<Diagnostic> str01 = only(validator.check(report), "STR-01");
        assertEquals(1, str01.size());
        assertTrue(str01.get(0).messageZh().startsWith("各部分顺序不对"), str01.get(0).messageZh());
        assertEquals("S1, S2, S3, S4, S6, S5", str01.get(0).actual());
    }

    @Test
    void completeTablesPass() {
        for (String prefix : List.of("02", "03", "04", "05", "06", Corpus.SEED)) {
            assertEquals(List.of(), only(validator.check(Corpus.report(prefix)), "STR-02"), prefix);
        }
    }

    @Test
    void aRemovedRowIsAnErrorListingIt() {
        AnnualReport report = Corpus.report("04");
        DataTable t3 = ReportData.table(report, "T3");
        t3.getCells().removeIf(c -> c.getRow().equals("R17"));
        t3.getCells().removeIf(c -> c.getRow().equals("R25") && c.getColumn().equals("C7"));
        List<Diagnostic> str02 = only(validator.check(report), "STR-02");
        assertEquals(1, str02.size());
        Diagnostic d = str02.get(0);
        assertEquals(8, d.cells().size());
        assertEquals(new CellAddress("T3", "R17", "C1"), d.cells().get(0));
        assertEquals("表三缺少 8 个单元格，涉及 2 行：三（五）2、四（1 格）", d.messageZh());
    }

    @Test
    void aMissingTableIsAnError() {
        AnnualReport report = Corpus.report("04");
        report.getTables().remove(ReportData.table(report, "T4"));
        List<Diagnostic> str02 = only(validator.check(report), "STR-02");
        assertEquals(1, str02.size());
        assertEquals("缺少表四（政府信息公开行政复议、行政诉讼情况）", str02.get(0).messageZh());
        assertEquals(15, str02.get(0).cells().size());
    }

    @Test
    void aReportInTheRightFormatForItsYearPasses() {
        assertEquals(List.of(), only(validator.check(Corpus.report("04")), "STR-03"));
    }

    @Test
    void a2022ReportInThe2019FormatIsAnError() {
        AnnualReport report = Corpus.report("04");
        report.setYear(2022);
        report.setTemplateVersion(TemplateVersion.V2019_TRIAL);
        List<Diagnostic> str03 = only(validator.check(report), "STR-03");
        assertEquals(1, str03.size());
        Diagnostic d = str03.get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("2021", d.expected());
        assertEquals("2019", d.actual());
        assertTrue(d.messageZh().startsWith("2022 年度的报告应使用中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）"),
                d.messageZh());
    }

    @Test
    void a2020ReportInThe2021FormatIsAnErrorToo() {
        AnnualReport report = Corpus.report("04");
        report.setYear(2020);
        List<Diagnostic> str03 = only(validator.check(report), "STR-03");
        assertEquals(List.of("2019"), str03.stream().map(Diagnostic::expected).toList());
    }

    @Test
    void the2021ReportWithTheUnsplitOtherHandlingRowIsAWarningAndNotIncomplete() {
        List<Diagnostic> all = validator.check(Corpus.report("02"));
        List<Diagnostic> str03 = only(all, "STR-03");
        assertEquals(1, str03.size());
        Diagnostic d = str03.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(7, d.cells().size());
        assertEquals(new CellAddress("T3", "R21_23", "C1"), d.cells().get(0));
        assertTrue(d.messageZh().startsWith("表三的“（六）其他处理”印作一行，与 2019 版（试行）格式相同；2021 版格式将其分为 3 行："),
                d.messageZh());
        assertEquals(List.of(), only(all, "STR-02"));
    }

    @Test
    void the2019FormatPrintsOtherHandlingAsOneRowWithoutWarning() {
        AnnualReport report = Corpus.report("02");
        report.setYear(2020);
        report.setTemplateVersion(TemplateVersion.V2019_TRIAL);
        List<Diagnostic> all = validator.check(report);
        assertEquals(List.of(), only(all, "STR-03"));
        // table 二 of the 2019 format has other columns, so only table 三 is asked to be complete here
        assertTrue(only(all, "STR-02").stream().flatMap(d -> d.cells().stream()).noneMatch(c -> c.table().equals("T3")));
    }
}
