package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** XY-01…XY-04: this year's report against last year's, both imported from the corpus. */
class CrossYearRulesTest {

    private final Validator validator = new Validator();

    @Test
    void hongzeAndSuqianCarryOverAndRollForward() {
        for (String[] pair : new String[][] { { "03", "02" }, { "06", "05" } }) {
            List<Diagnostic> all = validator.check(Imported.report(pair[0]), Imported.report(pair[1]));
            assertEquals(List.of(), Corpus.startingWith(all, "XY-0").stream().filter(d -> !d.ruleId().equals("XY-04")).toList(),
                    pair[0] + " vs " + pair[1]);
        }
    }

    @Test
    void xy01CarriedOverIsLastYearsCarriedForward() {
        AnnualReport suqian = Imported.report("06");
        Corpus.set(suqian, "T3", "R02", "C1", "117"); // 2023 carried forward 118
        List<Diagnostic> xy01 = only(validator.check(suqian, Imported.report("05")), "XY-01");
        assertEquals(1, xy01.size());
        Diagnostic d = xy01.get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("118", d.expected());
        assertEquals("117", d.actual());
        assertEquals(List.of(new CellAddress("T3", "R02", "C1"), new CellAddress("T3", "R25", "C1")), d.cells());
        assertEquals("二 = 上年四: 117 ≠ 118（自然人）", d.formula());
    }

    @Test
    void xy01IsAWarningWhenTheAgencyChanged() {
        AnnualReport suqian = Imported.report("06");
        Corpus.set(suqian, "T3", "R02", "C1", "117");
        AnnualReport before = Imported.report("05");
        before.setAgencyName("宿豫区人民政府");
        assertEquals(Severity.WARNING, only(validator.check(suqian, before), "XY-01").get(0).severity());
    }

    @Test
    void aPreviousReportOfAnotherYearIsNotCompared() {
        AnnualReport suqian = Imported.report("06");
        Corpus.set(suqian, "T3", "R02", "C1", "117");
        List<Diagnostic> xy = only(validator.check(suqian, Imported.report("06")), "XY-01");
        assertEquals(1, xy.size());
        assertEquals(Severity.INFO, xy.get(0).severity());
        assertEquals("2023", xy.get(0).expected());
    }

    @Test
    void withoutAPreviousReportNoCrossYearRuleSpeaks() {
        AnnualReport suqian = Imported.report("06");
        Corpus.set(suqian, "T3", "R02", "C1", "117");
        assertEquals(List.of(), only(validator.check(suqian), "XY-01"));
        assertEquals(List.of(), only(validator.check(suqian), "XY-02"));
        assertEquals(List.of(), only(validator.check(suqian), "XY-03"));
    }

    @Test
    void xy02InForceRollsForward() {
        AnnualReport suqian = Imported.report("06");
        Corpus.set(suqian, "T2", "NORM", "IN_FORCE", "421"); // 597 + 50 − 227 = 420
        List<Diagnostic> xy02 = only(validator.check(suqian, Imported.report("05")), "XY-02");
        assertEquals(1, xy02.size());
        assertEquals(Severity.WARNING, xy02.get(0).severity());
        assertEquals("420", xy02.get(0).expected());
        assertTrue(xy02.get(0).formula().contains("421 ≠ 597 + 50 - 227"), xy02.get(0).formula());
    }

    @Test
    void xy03ACopiedReportIsFlaggedAndTheRealPairsAreNot() {
        AnnualReport suqian = Imported.report("06");
        AnnualReport copy = EcoreUtil.copy(suqian);
        copy.setYear(2023);
        List<Diagnostic> xy03 = only(validator.check(suqian, copy), "XY-03");
        assertEquals(2, xy03.size(), "sections 一 and 五");
        assertEquals("100%", xy03.get(0).actual());
        assertEquals(List.of(), only(validator.check(Imported.report("03"), Imported.report("02")), "XY-03"));
    }

    /** "本年度无…" lines, the same every year by design (sixteen sentences, about 340 characters). */
    private static final String NOTHING_TO_REPORT = "本年度无因政府信息公开工作被责任追究的情况。本年度无收取信息处理费的情况。"
            + "本年度无政府信息公开行政复议被纠错的案件。本年度无政府信息公开行政诉讼败诉的案件。本年度无依申请公开逾期答复的情况。"
            + "本年度无被上级机关通报的政府信息公开问题。本年度无涉及国家秘密而不予公开的申请。本年度无群众投诉举报政府信息公开工作的情况。"
            + "本年度无因公开不当造成泄密的事件。本年度无政务新媒体违规发布信息的情况。本年度无网站被挂马篡改的安全事件。"
            + "本年度无重大舆情回应不及时的情况。本年度无主动公开目录更新滞后的问题。本年度无政府公报延期刊发的情况。"
            + "本年度无公开平台长期未更新的栏目。本年度无信息发布审核缺位的情况。";

    @Test
    void xy03LeavesTheCataloguesBoilerplateOut() {
        AnnualReport hongze2023 = Imported.report("02");
        AnnualReport hongze2024 = Imported.report("03");
        for (AnnualReport report : List.of(hongze2023, hongze2024)) {
            Imported.setBody(report, "S5", NOTHING_TO_REPORT + ReportData.section(report, "S5").getBody());
        }
        assertEquals(List.of(), only(validator.check(hongze2024, hongze2023), "XY-03"));
        RuleDef rule = FormatCatalogue.template(hongze2024.getTemplateVersion()).rule("XY-03");
        List<String> shipped = List.copyOf(rule.getPhrases());
        try {
            rule.getPhrases().clear();
            List<Diagnostic> xy03 = only(validator.check(hongze2024, hongze2023), "XY-03");
            // measured: 五 of 洪泽 2023/2024 alone 30 %, with these lines 51 % or more
            assertEquals(1, xy03.size(), "without the boilerplate list the shared lines make 五 a copy");
            assertTrue(xy03.get(0).messageZh().startsWith("第五部分"), xy03.get(0).messageZh());
        } finally {
            rule.getPhrases().addAll(shipped);
        }
    }

    @Test
    void xy03TheLimitIsTheCataloguesThreshold() {
        // 洪泽 2023 → 2024: 一 repeats 33 %, 五 30 % (docs/rules.md)
        RuleDef rule = FormatCatalogue.template(Imported.report("03").getTemplateVersion()).rule("XY-03");
        assertEquals(0.5, rule.getThreshold());
        try {
            rule.setThreshold(0.25);
            List<Diagnostic> xy03 = only(validator.check(Imported.report("03"), Imported.report("02")), "XY-03");
            assertEquals(2, xy03.size(), xy03.toString());
            assertEquals("< 25%", xy03.get(0).expected());
        } finally {
            rule.setThreshold(0.5);
        }
    }

    @Test
    void xy04SectionFiveFollowsUpLastYear() {
        AnnualReport huaian = Imported.report("04");
        assertEquals(Severity.INFO, only(validator.check(huaian), "XY-04").get(0).severity());
        Imported.replace(huaian, "S5", "对照上级新要求", "上年度报告所列问题已全部整改。对照上级新要求");
        assertEquals(List.of(), only(validator.check(huaian), "XY-04"));
    }

    @Test
    void xy05TablesCopiedForwardFromLastYearAreStale() {
        AnnualReport hongze2023 = Imported.report("02");
        AnnualReport hongze2024 = Imported.report("03");
        assertEquals(List.of(), only(validator.check(hongze2024, hongze2023), "XY-05"));

        // 2024's text over 2023's tables: the 东莞 case of review.md E3
        hongze2024.getTables().clear();
        hongze2024.getTables().addAll(EcoreUtil.copyAll(hongze2023.getTables()));
        List<Diagnostic> xy05 = only(validator.check(hongze2024, hongze2023), "XY-05");
        assertEquals(1, xy05.size());
        assertEquals(Severity.WARNING, xy05.get(0).severity());
        // 表二 10 cells, 表三 23 rows (（六） printed unsplit) × 7, 表四 15
        assertEquals("186", xy05.get(0).actual());
        assertTrue(xy05.get(0).messageZh().startsWith("各表全部 186 个单元格与上年（2023 年度）报告完全相同"), xy05.get(0).messageZh());

        Corpus.set(hongze2024, "T2", "NORM", "ISSUED", "9");
        assertEquals(List.of(), only(validator.check(hongze2024, hongze2023), "XY-05"), "one cell differs");
    }

    @Test
    void xy05ZerosRepeatedAreNoCopy() {
        AnnualReport seed2024 = Imported.report(Corpus.SEED);
        AnnualReport seed2023 = Imported.report(Corpus.SEED);
        seed2023.setYear(2023);
        for (AnnualReport report : List.of(seed2023, seed2024)) {
            report.getTables().forEach(t -> t.getCells().forEach(c -> {
                c.setValue(java.math.BigDecimal.ZERO);
                c.setText(null);
            }));
        }
        assertEquals(List.of(), only(validator.check(seed2024, seed2023), "XY-05"));
        Corpus.set(seed2023, "T2", "NORM", "IN_FORCE", "1");
        Corpus.set(seed2024, "T2", "NORM", "IN_FORCE", "1");
        assertEquals(1, only(validator.check(seed2024, seed2023), "XY-05").size(), "one agency's single document, unchanged");
    }
}
