package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.CheckOptions;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.RuleCatalogue;
import cn.nianbao.validation.Validator;

/** TIM-01…TIM-03 and PLA-01…PLA-03, by agency level and publication date. */
class TimelinessPlausibilityTest {

    private final Validator validator = new Validator();

    @Test
    void withoutAPublicationDateTim01CannotAssessAndSaysSoOnlyAsAnInfo() {
        List<Diagnostic> all = validator.check(Imported.report(Corpus.SEED), new CheckOptions(null, LocalDate.of(2025, 1, 1)));
        List<Diagnostic> tim = Corpus.startingWith(all, "TIM-");
        assertEquals(List.of("TIM-01"), Corpus.ruleIds(tim));
        assertEquals(Severity.INFO, tim.get(0).severity());
        assertEquals("2025-01-31", tim.get(0).expected());
        assertEquals("未记录公布日期，无法判断是否在时限 2025-01-31 前公布。", tim.get(0).messageZh());
    }

    @Test
    void tim01ADepartmentPublishesBy31January() {
        AnnualReport seed = Imported.report(Corpus.SEED); // 宝鸡市科学技术局, CITY_DEPT
        Imported.published(seed, "2025-01-31");
        assertEquals(List.of(), only(validator.check(seed), "TIM-01"));
        Imported.published(seed, "2025-02-05");
        Diagnostic d = only(validator.check(seed), "TIM-01").get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("2025-01-31", d.expected());
    }

    @Test
    void tim01AGovernmentPublishesBy31March() {
        AnnualReport huaian = Imported.report("04"); // 淮安市人民政府, CITY_GOV
        Imported.published(huaian, "2025-03-20");
        assertEquals(List.of(), only(validator.check(huaian), "TIM-01"));
        Imported.published(huaian, "2025-04-02");
        assertEquals(Severity.ERROR, only(validator.check(huaian), "TIM-01").get(0).severity());
    }

    @Test
    void tim01TownshipsAndUnknownLevelsAreNeverAnError() {
        AnnualReport seed = Imported.report(Corpus.SEED);
        seed.setAgencyLevel(AgencyLevel.TOWNSHIP);
        Imported.published(seed, "2025-02-05");
        assertEquals(Severity.WARNING, only(validator.check(seed), "TIM-01").get(0).severity());
        seed.setAgencyLevel(AgencyLevel.OTHER);
        assertEquals(List.of(), only(validator.check(seed), "TIM-01"));
        Imported.published(seed, "2025-04-05");
        assertEquals(Severity.WARNING, only(validator.check(seed), "TIM-01").get(0).severity());
    }

    @Test
    void tim02TheLocalDeadlineIsAPreference() {
        AnnualReport seed = Imported.report(Corpus.SEED);
        Imported.published(seed, "2025-01-30");
        assertEquals(List.of(), only(validator.check(seed), "TIM-02"));
        CheckOptions huaihua = new CheckOptions(null, LocalDate.of(2025, 1, 28));
        Diagnostic d = only(validator.check(seed, huaihua), "TIM-02").get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals("2025-01-28", d.expected());
        assertEquals(List.of(), only(validator.check(seed, new CheckOptions(null, LocalDate.of(2025, 1, 30))), "TIM-02"));
    }

    @Test
    void tim03IsAChecklistItem() {
        AnnualReport seed = Imported.report(Corpus.SEED);
        Imported.published(seed, "2026-12-31");
        assertEquals(List.of(), only(validator.check(seed), "TIM-03"));
        assertEquals("checklist", RuleCatalogue.rules(TemplateVersion.V2021).stream()
                .filter(r -> r.id().equals("TIM-03")).findFirst().orElseThrow().handling());
    }

    @Test
    void pla01OnlyRuleMakersReportRules() {
        assertEquals(List.of(), only(validator.check(Imported.report("04")), "PLA-01"), "a city government has 11 规章");
        AnnualReport seed = Imported.report(Corpus.SEED); // a city department
        assertEquals(List.of(), only(validator.check(seed), "PLA-01"));
        Corpus.set(seed, "T2", "REG", "IN_FORCE", "2");
        Diagnostic d = only(validator.check(seed), "PLA-01").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(List.of(new CellAddress("T2", "REG", "IN_FORCE")), d.cells());
    }

    @Test
    void pla02TownshipsWithLicensingPowers() {
        AnnualReport seed = Imported.report(Corpus.SEED);
        Corpus.set(seed, "T2", "LICENSE", "DECISIONS", "3");
        assertEquals(List.of(), only(validator.check(seed), "PLA-02"));
        seed.setAgencyLevel(AgencyLevel.TOWNSHIP);
        assertEquals(Severity.INFO, only(validator.check(seed), "PLA-02").get(0).severity());
    }

    @Test
    void pla03ADistrictReportThatSpeaksForTheWholeCity() {
        assertEquals(List.of(), only(validator.check(Imported.report("03")), "PLA-03"));
        assertEquals(List.of(), only(validator.check(Imported.report("06")), "PLA-03"), "在全省…中 is a comparison");
        AnnualReport hongze = Imported.report("03");
        Imported.replace(hongze, "S1.1", "主要通过政府门户网站", "全市共主动公开政府信息 5000 条。主要通过政府门户网站");
        Diagnostic d = only(validator.check(hongze), "PLA-03").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("全市", d.actual());
    }

    @Test
    void tim01TheReportScopeChoosesTheDeadlineOfAGovernmentsTwoReports() {
        // 宿迁 publishes the city's report for its whole area (due 31 March) and the government office's own
        // report (due 31 January); the title "宿迁市2024年…" is the area's
        AnnualReport suqian = Imported.report("06");
        assertEquals(ReportScope.AREA, suqian.getReportScope());
        Imported.published(suqian, "2025-03-08");
        assertEquals(List.of(), only(validator.check(suqian), "TIM-01"));
        suqian.setReportScope(ReportScope.AGENCY);
        Diagnostic d = only(validator.check(suqian), "TIM-01").get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("2025-01-31", d.expected());
        assertEquals("2025-03-08", d.actual());
        Imported.published(suqian, "2025-01-21");
        assertEquals(List.of(), only(validator.check(suqian), "TIM-01"));
    }

    @Test
    void tim01AnUnknownLevelWithAStatedScopeIsJudgedByTheScope() {
        AnnualReport suqian = Imported.report("06");
        suqian.setAgencyLevel(AgencyLevel.OTHER);
        suqian.setReportScope(ReportScope.UNSTATED);
        Imported.published(suqian, "2025-04-02");
        assertEquals(Severity.WARNING, only(validator.check(suqian), "TIM-01").get(0).severity());
        suqian.setReportScope(ReportScope.AREA);
        assertEquals(Severity.ERROR, only(validator.check(suqian), "TIM-01").get(0).severity());
    }

    @Test
    void pla03TheCitysOwnWordIsWiderThanTheGovernmentsOwnReport() {
        // "全市全年共收办…" is the subject of 宿迁's area report; in a report of the government body alone it
        // speaks for every body of the city
        AnnualReport suqian = Imported.report("05");
        assertEquals(List.of(), only(validator.check(suqian), "PLA-03"));
        suqian.setReportScope(ReportScope.AGENCY);
        Diagnostic d = only(validator.check(suqian), "PLA-03").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("全市", d.actual());
        suqian.setReportScope(ReportScope.UNSTATED);
        assertEquals(List.of(), only(validator.check(suqian), "PLA-03"));
    }
}
