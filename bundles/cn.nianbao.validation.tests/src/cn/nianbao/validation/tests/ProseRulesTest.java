package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.RuleCatalogue;
import cn.nianbao.validation.Validator;

/** XS-01…XS-08 on the imported corpus and on edited copies of it. */
class ProseRulesTest {

    private final Validator validator = new Validator();

    @ParameterizedTest
    @ValueSource(strings = { "02", "04", "05", Corpus.SEED })
    void publishedProseAgreesWithTheTables(String prefix) {
        List<Diagnostic> all = validator.check(Imported.report(prefix));
        for (String rule : List.of("XS-01", "XS-02", "XS-03", "XS-04", "XS-05", "XS-06", "XS-07", "XS-08")) {
            assertEquals(List.of(), only(all, rule), rule + " on " + prefix);
        }
    }

    @Test
    void xs01Hongze2024Says17ReceivedWhereTable3Has95ButForANarrowerScope() {
        List<Diagnostic> xs01 = only(validator.check(Imported.report("03")), "XS-01");
        assertEquals(1, xs01.size());
        Diagnostic d = xs01.get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals("17", d.actual());
        assertEquals("95", d.expected());
        assertEquals(List.of(new CellAddress("T3", "R01", "C7")), d.cells());
        assertTrue(d.messageZh().contains("受理政府信息公开申请17件") && d.messageZh().contains("代表"), d.messageZh());
        assertTrue(d.formula().contains("17 ≠ 表三 95"), d.formula());
    }

    @Test
    void xs01AChangedFigureWithoutScopeIsAWarning() {
        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.2", "答复 3050 件", "答复 3005 件");
        List<Diagnostic> xs01 = only(validator.check(huaian), "XS-01");
        assertEquals(1, xs01.size());
        assertEquals(Severity.WARNING, xs01.get(0).severity());
        assertEquals(new CellAddress("T3", "R24", "C7"), xs01.get(0).cells().get(0));
        assertEquals("3050", xs01.get(0).expected());
    }

    @Test
    void aRecheckOfTheSameReportReadsTheNewCellsAndTheNewText() {
        // the workbench re-checks its report after every edit with one Validator, which keeps the prose
        // read on the last check while the texts are unchanged
        AnnualReport huaian = Imported.report("04");
        assertEquals(List.of(), only(validator.check(huaian), "XS-01"));
        Corpus.set(huaian, "T3", "R24", "C7", "3005");
        List<Diagnostic> xs01 = only(validator.check(huaian), "XS-01");
        assertEquals(1, xs01.size());
        assertEquals("3050", xs01.get(0).actual());
        Imported.replace(huaian, "S1.2", "答复 3050 件", "答复 3005 件");
        assertEquals(List.of(), only(validator.check(huaian), "XS-01"));
        Imported.replace(huaian, "S1.2", "答复 3005 件", "答复 3500 件");
        assertEquals("3500", only(validator.check(huaian), "XS-01").get(0).actual());
    }

    @Test
    void xs01ReadsChineseAndFullWidthNumeralsAndRanges() {
        AnnualReport seed = Imported.report(Corpus.SEED);
        Imported.replace(seed, "S1.2", "收到依申请公开事项 1 件", "收到依申请公开事项三件");
        assertEquals("3", only(validator.check(seed), "XS-01").get(0).actual());
        Imported.replace(seed, "S1.2", "收到依申请公开事项三件", "收到依申请公开事项１件");
        assertEquals(List.of(), only(validator.check(seed), "XS-01"));

        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.2", "受理政府信息公开申请 3119 件", "受理政府信息公开申请3100余件");
        assertEquals(List.of(), only(validator.check(huaian), "XS-01"));
        Imported.replace(huaian, "S1.2", "3100余件", "2900余件");
        assertEquals(1, only(validator.check(huaian), "XS-01").size());
    }

    @Test
    void xs02StatedFiguresMustBalance() {
        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.2", "另有 103 件顺延", "另有 130 件顺延");
        List<Diagnostic> xs02 = only(validator.check(huaian), "XS-02");
        assertEquals(1, xs02.size());
        assertEquals(Severity.ERROR, xs02.get(0).severity());
        assertEquals("新收 + 上年结转 = 办结 + 结转下年: 3119 + 34 ≠ 3050 + 130", xs02.get(0).formula());
    }

    @Test
    void xs02OutcomesStandInForHandledAndHold() {
        assertEquals(List.of(), only(validator.check(Imported.report("06")), "XS-02"));
        AnnualReport suqian = Imported.report("06");
        Imported.replace(suqian, "S1.2", "予以公开1431件", "予以公开1531件");
        List<Diagnostic> xs02 = only(validator.check(suqian), "XS-02");
        assertEquals(1, xs02.size());
        assertEquals(Severity.WARNING, xs02.get(0).severity());
    }

    @Test
    void xs03Suqian2024FiledCasesAreAnotherScope() {
        List<Diagnostic> xs03 = only(validator.check(Imported.report("06")), "XS-03");
        assertEquals(List.of("134", "57"), xs03.stream().map(Diagnostic::actual).toList());
        assertEquals(List.of("170", "77"), xs03.stream().map(Diagnostic::expected).toList());
        assertTrue(xs03.stream().allMatch(d -> d.severity() == Severity.INFO && d.messageZh().contains("备案")));
    }

    @Test
    void xs03Huaian2024AgreesAndAChangedCountIsAWarning() {
        assertEquals(List.of(), only(validator.check(Imported.report("04")), "XS-03"));
        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.2", "行政复议 351", "行政复议 315");
        Imported.replace(huaian, "S1.2", "结果纠正 5 件", "结果纠正 6 件");
        List<Diagnostic> xs03 = only(validator.check(huaian), "XS-03");
        assertEquals(2, xs03.size(), xs03.toString());
        assertEquals(new CellAddress("T4", "REVIEW", "TOTAL"), xs03.get(0).cells().get(0));
        assertEquals(List.of(new CellAddress("T4", "SUIT_DIRECT", "CORRECTED"), new CellAddress("T4", "SUIT_AFTER_REVIEW", "CORRECTED")),
                xs03.get(1).cells());
        assertTrue(xs03.stream().allMatch(d -> d.severity() == Severity.WARNING));
    }

    @Test
    void xs03TheAgencysOwnAreaWordIsAnotherScopeForTable4() {
        // 表四 of 淮安市人民政府 counts the cases against the government itself; "全市" cases are every body's
        AnnualReport huaian = Imported.report("04");
        huaian.setAgencyLevel(AgencyLevel.CITY_GOV);
        Imported.replace(huaian, "S1.2", "政府信息公开行政复议 351", "全市共办理政府信息公开行政复议 315");
        List<Diagnostic> xs03 = only(validator.check(huaian), "XS-03");
        assertEquals(1, xs03.size(), xs03.toString());
        assertEquals(Severity.INFO, xs03.get(0).severity());
        assertTrue(xs03.get(0).messageZh().contains("全市"), xs03.get(0).messageZh());

        AnnualReport withoutScope = Imported.report("04");
        withoutScope.setAgencyLevel(AgencyLevel.CITY_GOV);
        Imported.replace(withoutScope, "S1.2", "政府信息公开行政复议 351", "政府信息公开行政复议 315");
        assertEquals(Severity.WARNING, only(validator.check(withoutScope), "XS-03").get(0).severity());
        assertEquals(List.of(), only(validator.check(huaian), "XS-01"), "全市 stays the city government's own scope for 表三");
    }

    @Test
    void xs04SectionSixMustReportTheFee() {
        AnnualReport hongze = Imported.report("03");
        Imported.setBody(hongze, "S6", "无。");
        List<Diagnostic> xs04 = only(validator.check(hongze), "XS-04");
        assertEquals(Severity.WARNING, xs04.get(0).severity());

        AnnualReport huaian = Imported.report("04");
        Imported.setBody(huaian, "S6", "无其他需要报告的事项。");
        xs04 = only(validator.check(huaian), "XS-04");
        assertEquals(Severity.ERROR, xs04.get(0).severity(), "04 has 6 requests dropped for unpaid fees");
        assertEquals(new CellAddress("T3", "R22", "C7"), xs04.get(0).cells().get(0));
    }

    @Test
    void xs05FeesAreWholeTensAndAddUp() {
        assertEquals(List.of(), only(validator.check(Imported.report("06")), "XS-05"));
        AnnualReport suqian = Imported.report("06");
        Imported.replace(suqian, "S6", "收取880元", "收取885元");
        List<Diagnostic> xs05 = only(validator.check(suqian), "XS-05");
        assertEquals(2, xs05.size(), xs05.toString());
        assertTrue(xs05.stream().anyMatch(d -> "885".equals(d.actual())));
        assertTrue(xs05.stream().anyMatch(d -> "2235".equals(d.actual()) && "2230".equals(d.expected())));
    }

    @Test
    void xs06SectionFiveThatSaysNothing() {
        assertEquals(List.of(), only(validator.check(Imported.report("03")), "XS-06"));
        AnnualReport hongze = Imported.report("03");
        Imported.setBody(hongze, "S5", "无。");
        assertEquals(Severity.WARNING, only(validator.check(hongze), "XS-06").get(0).severity());
        Imported.setBody(hongze, "S5", "2024年我区政府信息公开工作进展顺利，各项工作均按计划圆满完成，取得了良好的社会效果。");
        assertEquals(1, only(validator.check(hongze), "XS-06").size());
    }

    @Test
    void xs07OneFigureOneValue() {
        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.3", "在政府网站", "政府信息公开申请予以公开 1362 件。在政府网站");
        assertEquals(List.of(), only(validator.check(huaian), "XS-07"));
        Imported.replace(huaian, "S1.4", "进一步优化", "政府信息公开申请予以公开 1326 件。进一步优化");
        List<Diagnostic> xs07 = only(validator.check(huaian), "XS-07");
        assertEquals(1, xs07.size());
        assertEquals("1362", xs07.get(0).expected());
        assertEquals("1326", xs07.get(0).actual());
    }

    @Test
    void xs08IsADesignNoteThatNeverRaisesAFinding() {
        AnnualReport huaian = Imported.report("04");
        Imported.setBody(huaian, "S6", "全年收取政府信息公开信息处理费 3940 元。");
        assertEquals(List.of(), only(validator.check(huaian), "XS-08"), "96171.6 万元 in 二（八） is not compared with 六");
        assertEquals("design note", RuleCatalogue.rules(TemplateVersion.V2021).stream()
                .filter(r -> r.id().equals("XS-08")).findFirst().orElseThrow().handling());
    }
}
