package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static cn.nianbao.validation.tests.Corpus.ruleIds;
import static cn.nianbao.validation.tests.Corpus.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** SUM-01…SUM-07, evaluated from the catalogue's formulas, on real published reports. */
class SumRulesTest {

    private final Validator validator = new Validator();

    @Test
    void hongze2023HasExactlyTheTwoBrokenTotalsOfTableFour() {
        List<Diagnostic> sums = startingWith(validator.check(Corpus.report("02")), "SUM-");
        assertEquals(List.of("SUM-05", "SUM-07"), ruleIds(sums));

        Diagnostic review = sums.get(0);
        assertEquals(Severity.ERROR, review.severity());
        assertEquals("11", review.expected());
        assertEquals("0", review.actual());
        assertEquals(new CellAddress("T4", "REVIEW", "TOTAL"), review.cells().get(0));
        assertEquals(5, review.cells().size());
        assertEquals("行政复议 总计 应为 11（结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0），实际为 0", review.messageZh());
        assertEquals("总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结: 0 ≠ 10 + 1 + 0 + 0（行政复议）", review.formula());
        assertTrue(review.messageEn().startsWith("Administrative reconsideration, Total should be 11 (Upheld 10 + "),
                review.messageEn());
        assertTrue(review.messageEn().contains("Total = Upheld + Corrected + Other result + Pending: 0 ≠ 10 + 1 + 0 + 0"),
                review.messageEn());

        Diagnostic suit = sums.get(1);
        assertEquals("5", suit.expected());
        assertEquals("0", suit.actual());
        assertEquals(new CellAddress("T4", "SUIT_AFTER_REVIEW", "TOTAL"), suit.cells().get(0));
        assertTrue(suit.messageZh().startsWith("复议后起诉 总计 应为 5（结果维持 5 + "), suit.messageZh());
    }

    @ParameterizedTest
    @ValueSource(strings = { "03", "04", "05", "06", Corpus.SEED })
    void publishedReportsWhoseTablesAddUpHaveNoSumError(String prefix) {
        List<Diagnostic> sums = startingWith(validator.check(Corpus.report(prefix)), "SUM-");
        assertEquals(List.of(), sums, () -> sums.stream().map(Diagnostic::messageZh).toList().toString());
    }

    @Test
    void theSeedsBlankCellsCountAsZeroInTheSums() {
        // 一 = 1 and 二 blank on the left, （七） = 1 and 四 blank on the right: holds with blank as 0
        AnnualReport seed = Corpus.report(Corpus.SEED);
        Corpus.set(seed, "T3", "R25", "C1", "1");
        List<Diagnostic> sum01 = only(validator.check(seed), "SUM-01");
        assertEquals(1, sum01.size());
        assertEquals("一 + 二 = 三（七）+ 四: 1 + 0 ≠ 1 + 1（自然人）", sum01.get(0).formula());
        assertEquals("1", sum01.get(0).actual());
        assertEquals("2", sum01.get(0).expected());
    }

    @Test
    void aChangedNewRequestCountBreaksTheBalanceOfItsColumnAndTheTotalOfItsRowOnly() {
        AnnualReport huaian = Corpus.report("04");
        Corpus.set(huaian, "T3", "R01", "C2", "60"); // published: 53
        List<Diagnostic> all = validator.check(huaian);

        List<Diagnostic> sum01 = only(all, "SUM-01");
        assertEquals(1, sum01.size());
        assertTrue(sum01.get(0).cells().stream().allMatch(c -> c.column().equals("C2")));
        assertEquals("一 + 二 = 三（七）+ 四: 60 + 0 ≠ 53 + 0（商业企业）", sum01.get(0).formula());
        assertEquals("60", sum01.get(0).actual());
        assertEquals("53", sum01.get(0).expected());
        assertTrue(sum01.get(0).messageZh().startsWith("商业企业：一、本年新收政府信息公开申请数量 60 + 二、"),
                sum01.get(0).messageZh());

        List<Diagnostic> sum03 = only(all, "SUM-03");
        assertEquals(1, sum03.size());
        assertEquals(new CellAddress("T3", "R01", "C7"), sum03.get(0).cells().get(0));
        assertEquals("3119", sum03.get(0).actual());
        assertEquals("3126", sum03.get(0).expected());
        assertEquals(List.of(), only(all, "SUM-02"));
        assertEquals(List.of(), only(all, "SUM-04"));
    }

    @Test
    void aChangedOutcomeBreaksTheOutcomeTotalOfItsColumnAndTheTotalOfItsRowOnly() {
        AnnualReport huaian = Corpus.report("04");
        Corpus.set(huaian, "T3", "R03", "C2", "25"); // published: 21
        List<Diagnostic> all = validator.check(huaian);

        List<Diagnostic> sum02 = only(all, "SUM-02");
        assertEquals(1, sum02.size());
        Diagnostic d = sum02.get(0);
        assertEquals(new CellAddress("T3", "R24", "C2"), d.cells().get(0));
        assertEquals("57", d.expected());
        assertEquals("53", d.actual());
        assertEquals("三（七） = 三（一）…三（六）3: 53 ≠ 57（商业企业）", d.formula());
        assertEquals("三（七）总计 商业企业 应为 57（三（一）予以公开…三（六）3.其他 57），实际为 53", d.messageZh());

        List<Diagnostic> sum03 = only(all, "SUM-03");
        assertEquals(1, sum03.size());
        assertEquals(new CellAddress("T3", "R03", "C7"), sum03.get(0).cells().get(0));
        assertEquals(List.of(), only(all, "SUM-01"));
    }

    @Test
    void outcomesAboveTheWorkloadBreakTheInequality() {
        AnnualReport huaian = Corpus.report("04");
        Corpus.set(huaian, "T3", "R24", "C3", "2"); // published: 0, with 一 and 二 both 0
        List<Diagnostic> sum04 = only(validator.check(huaian), "SUM-04");
        assertEquals(1, sum04.size());
        assertEquals("≤ 0", sum04.get(0).expected());
        assertEquals("2", sum04.get(0).actual());
        assertEquals("三（七） ≤ 一 + 二: 2 > 0 + 0（科研机构）", sum04.get(0).formula());
    }

    @Test
    void theUnsplitOtherHandlingRowIsSummedInto2021Totals() {
        AnnualReport hongze = Corpus.report("02");
        Corpus.set(hongze, "T3", "R21_23", "C1", "2");
        List<Diagnostic> sum02 = only(validator.check(hongze), "SUM-02");
        assertEquals(1, sum02.size());
        assertEquals("23", sum02.get(0).expected());
    }

    @Test
    void lettersInACellCountAsZeroAndAreSaidToInTheMessage() {
        AnnualReport hongze = Corpus.report("02");
        Corpus.setText(hongze, "T4", "SUIT_DIRECT", "TOTAL", "abc");
        Corpus.set(hongze, "T4", "SUIT_DIRECT", "UPHELD", "1");
        List<Diagnostic> sum06 = only(validator.check(hongze), "SUM-06");
        assertEquals(1, sum06.size());
        assertTrue(sum06.get(0).messageZh().endsWith("实际为 “abc”（按 0 计）"), sum06.get(0).messageZh());
    }
}
