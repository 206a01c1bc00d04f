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
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** TYP-01 (counts), TYP-02 (the fee amount), TYP-03 (blank and "/" cells in tables 三 and 四). */
class TypeRulesTest {

    private final Validator validator = new Validator();

    @ParameterizedTest
    @ValueSource(strings = { "02", "03", "04", "05", "06", Corpus.SEED })
    void publishedValuesAreWellTyped(String prefix) {
        List<Diagnostic> all = validator.check(Corpus.report(prefix));
        assertEquals(List.of(), only(all, "TYP-01"));
        assertEquals(List.of(), only(all, "TYP-02"));
    }

    @Test
    void lettersInACountCellAreAnError() {
        AnnualReport report = Corpus.report("04");
        Corpus.setText(report, "T3", "R05", "C1", "two");
        List<Diagnostic> typ01 = only(validator.check(report), "TYP-01");
        assertEquals(1, typ01.size());
        Diagnostic d = typ01.get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(List.of(new CellAddress("T3", "R05", "C1")), d.cells());
        assertEquals("two", d.actual());
        assertEquals("三（三）1.属于国家秘密 自然人 填写为“two”，不是数字；应填不小于 0 的整数", d.messageZh());
    }

    @Test
    void negativeAndFractionalCountsAreErrors() {
        AnnualReport report = Corpus.report("04");
        Corpus.set(report, "T4", "REVIEW", "PENDING", "-1");
        Corpus.set(report, "T2", "LICENSE", "DECISIONS", "2.5");
        List<Diagnostic> typ01 = only(validator.check(report), "TYP-01");
        assertEquals(List.of(new CellAddress("T2", "LICENSE", "DECISIONS"), new CellAddress("T4", "REVIEW", "PENDING")),
                typ01.stream().map(d -> d.cells().get(0)).toList());
    }

    @Test
    void aWholeNumberWrittenWithDecimalsIsStillACount() {
        AnnualReport report = Corpus.report("04");
        Corpus.set(report, "T3", "R05", "C1", "2.00");
        assertEquals(List.of(), only(validator.check(report), "TYP-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "-", "—" })
    void placeholdersAreNotTypeErrorsButBlankWarnings(String placeholder) {
        AnnualReport report = Corpus.report("04");
        Corpus.setText(report, "T4", "SUIT_DIRECT", "OTHER", placeholder);
        List<Diagnostic> all = validator.check(report);
        assertEquals(List.of(), only(all, "TYP-01"));
        List<Diagnostic> typ03 = only(all, "TYP-03");
        assertEquals(1, typ03.size());
        assertEquals(List.of(new CellAddress("T4", "SUIT_DIRECT", "OTHER")), typ03.get(0).cells());
        assertEquals(Severity.WARNING, typ03.get(0).severity());
    }

    @Test
    void aFeeToTheFenAndBeyondIsNoErrorButMoreThanSixDecimalsIsAWarning() {
        // real reports print 万元 amounts to the fen and beyond: 24252.311082, 5949.088667
        AnnualReport report = Corpus.report("04");
        Corpus.set(report, "T2", "FEE", "AMOUNT", "24252.311082");
        assertEquals(List.of(), only(validator.check(report), "TYP-02"));
        Corpus.set(report, "T2", "FEE", "AMOUNT", "12.3456789");
        List<Diagnostic> typ02 = only(validator.check(report), "TYP-02");
        assertEquals(1, typ02.size());
        assertEquals(Severity.WARNING, typ02.get(0).severity());
        assertEquals("12.3456789", typ02.get(0).actual());
        assertEquals("行政事业性收费 本年收费金额（单位：万元） 填写为 12.3456789：小数超过 6 位，比“分”还细，请核实金额（单位：万元）",
                typ02.get(0).messageZh());
    }

    @Test
    void tenThousandWanYuanFromADepartmentIsAnInfoButNotFromACity() {
        AnnualReport seed = Corpus.report(Corpus.SEED); // 宝鸡市科学技术局, a city department, prints 0.16
        seed.setAgencyLevel(AgencyLevel.CITY_DEPT);
        Corpus.set(seed, "T2", "FEE", "AMOUNT", "9999.99");
        assertEquals(List.of(), only(validator.check(seed), "TYP-02"));
        Corpus.set(seed, "T2", "FEE", "AMOUNT", "16000"); // 1.6 万元 typed in 元
        List<Diagnostic> typ02 = only(validator.check(seed), "TYP-02");
        assertEquals(1, typ02.size());
        assertEquals(Severity.INFO, typ02.get(0).severity());
        assertTrue(typ02.get(0).messageZh().contains("10000 万元以上"), typ02.get(0).messageZh());

        AnnualReport suqian = Corpus.report("05"); // 宿迁市, a city government, prints 59237.2449
        suqian.setAgencyLevel(AgencyLevel.CITY_GOV);
        assertEquals(List.of(), only(validator.check(suqian), "TYP-02"));
    }

    @Test
    void aFeeWithItsUnitTypedInOrNegativeIsAnError() {
        AnnualReport withUnit = Corpus.report("02");
        Corpus.setText(withUnit, "T2", "FEE", "AMOUNT", "7730.28万元");
        assertEquals(1, only(validator.check(withUnit), "TYP-02").size());

        AnnualReport negative = Corpus.report("02");
        Corpus.set(negative, "T2", "FEE", "AMOUNT", "-3");
        assertEquals(1, only(validator.check(negative), "TYP-02").size());
    }

    @Test
    void aFeeOfFourDecimalsOrOfLessThanOneIsFine() {
        // corpus 05 prints 59237.2449, the seed 0.16 (万元)
        assertEquals(List.of(), only(validator.check(Corpus.report("05")), "TYP-02"));
        AnnualReport seed = Corpus.report(Corpus.SEED);
        assertEquals("0.16", cn.nianbao.model.ReportData.value(seed, new CellAddress("T2", "FEE", "AMOUNT")).toPlainString());
        assertEquals(List.of(), only(validator.check(seed), "TYP-02"));
    }

    @Test
    void theSeedsBlankCellsInTableThreeAreOneWarning() {
        List<Diagnostic> typ03 = only(validator.check(Corpus.report(Corpus.SEED)), "TYP-03");
        assertEquals(1, typ03.size());
        Diagnostic d = typ03.get(0);
        assertEquals(Severity.WARNING, d.severity());
        // 25 rows × 7 columns, minus the filled 一, 三（一） and （七） (C1 and C7 each)
        assertEquals(175 - 6, d.cells().size());
        assertTrue(d.cells().stream().allMatch(c -> c.table().equals("T3")));
        assertEquals("169", d.actual());
        assertTrue(d.messageZh().startsWith("表三有 169 个单元格空白或填写“/”“-”“—”（没有数据应填 0），涉及 25 行：一（5 格）、二、三（一）（5 格）、三（二）"),
                d.messageZh());
        assertTrue(d.messageEn().startsWith("Table III: 169 cells are blank"), d.messageEn());
    }

    @Test
    void aReportWithEveryCellFilledHasNoBlankWarning() {
        assertEquals(List.of(), only(validator.check(Corpus.report("04")), "TYP-03"));
        // corpus 02 prints the unsplit （六）: its missing sub-rows are not blank cells
        assertEquals(List.of(), only(validator.check(Corpus.report("02")), "TYP-03"));
    }
}
