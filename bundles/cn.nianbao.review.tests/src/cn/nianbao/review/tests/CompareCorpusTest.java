package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.CrossYearCheck;

/** The corpus pairs 洪泽 2023→2024 (02→03) and 宿迁 2023→2024 (05→06), against their expected values. */
class CompareCorpusTest {

    private static final Comparer COMPARER = new Comparer(ChangeThreshold.DEFAULT);

    @Test
    void suqianDifferencesAndPercentages() {
        Comparison c = COMPARER.compare(Corpus.read("05-"), Corpus.read("06-"));
        CellChange received = c.table("T3").cell(new CellAddress("T3", "R01", "C7"));
        assertEquals(0, new BigDecimal("3511").compareTo(received.before()));
        assertEquals(0, new BigDecimal("3525").compareTo(received.after()));
        assertEquals(0, new BigDecimal("14").compareTo(received.delta()));
        assertEquals(0.399, received.percent(), 0.001);
        assertFalse(received.large(), "+0.4 % is not a large change");

        CellChange review = c.table("T4").cell(new CellAddress("T4", "REVIEW", "TOTAL"));
        assertEquals(0, new BigDecimal("-270").compareTo(review.delta()));
        assertEquals(-61.36, review.percent(), 0.01);
        assertTrue(review.large(), "440 → 170 is large");

        CellChange issued = c.table("T2").cell(new CellAddress("T2", "NORM", "ISSUED"));
        assertEquals(0, new BigDecimal("-59").compareTo(issued.delta()));
        assertTrue(issued.large());

        CellChange carried = c.table("T3").cell(new CellAddress("T3", "R02", "C7"));
        assertEquals(0, new BigDecimal("25").compareTo(carried.delta()));
        assertEquals(26.04, carried.percent(), 0.01);
    }

    @Test
    void suqianCrossYearRulesHold() {
        Comparison c = COMPARER.compare(Corpus.read("05-"), Corpus.read("06-"));
        assertTrue(c.crossYearApplies());
        List<CrossYearCheck> xy01 = c.checks("XY-01");
        assertEquals(7, xy01.size(), "one XY-01 evaluation per column C1…C7");
        assertTrue(xy01.stream().allMatch(CrossYearCheck::holds), () -> xy01.toString());
        CrossYearCheck total = xy01.stream().filter(x -> "C7".equals(x.where())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("121").compareTo(total.left()));
        assertEquals(0, new BigDecimal("121").compareTo(total.right()));
        assertEquals(new CellAddress("T3", "R02", "C7"), total.target());

        List<CrossYearCheck> xy02 = c.checks("XY-02");
        assertEquals(2, xy02.size(), "规章 and 行政规范性文件");
        assertTrue(xy02.stream().allMatch(CrossYearCheck::holds), () -> xy02.toString());
        CrossYearCheck norm = xy02.stream().filter(x -> "NORM".equals(x.where())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("420").compareTo(norm.left()), "597 + 50 − 227");
        assertTrue(c.failures().isEmpty());
    }

    @Test
    void hongzeDifferencesAndCrossYear() {
        Comparison c = COMPARER.compare(Corpus.read("02-"), Corpus.read("03-"));
        CellChange received = c.table("T3").cell(new CellAddress("T3", "R01", "C7"));
        assertEquals(0, new BigDecimal("74").compareTo(received.delta()), "21 → 95");
        assertEquals(352.38, received.percent(), 0.01);
        assertTrue(received.large());

        CellChange review = c.table("T4").cell(new CellAddress("T4", "REVIEW", "TOTAL"));
        assertEquals(0, new BigDecimal("2").compareTo(review.delta()), "0 → 2");
        assertNull(review.percent(), "no percentage from 0");
        assertFalse(review.large(), "a change of 2 is under the minimum");

        CellChange unchanged = c.table("T2").cell(new CellAddress("T2", "REG", "IN_FORCE"));
        assertFalse(unchanged.changed());

        assertEquals(7, c.checks("XY-01").size());
        assertTrue(c.checks("XY-01").stream().allMatch(CrossYearCheck::holds), "0 = 0 in every column");
        CrossYearCheck norm = c.checks("XY-02").stream().filter(x -> "NORM".equals(x.where())).findFirst().orElseThrow();
        assertTrue(norm.holds(), "8 = 5 + 3 − 0");
        assertEquals(0, new BigDecimal("8").compareTo(norm.left()));
    }

    @Test
    void brokenCarryOverIsReported() {
        var before = Corpus.read("05-");
        var after = Corpus.read("06-");
        cn.nianbao.model.ReportData.setValue(after, new CellAddress("T3", "R02", "C1"), new BigDecimal("117"));
        Comparison c = COMPARER.compare(before, after);
        List<CrossYearCheck> failures = c.failures();
        assertEquals(1, failures.size(), () -> failures.toString());
        assertEquals("XY-01", failures.get(0).ruleId());
        assertEquals("C1", failures.get(0).where());
    }

    @Test
    void notConsecutiveYearsHaveNoCrossYearChecks() {
        Comparison c = COMPARER.compare(Corpus.read("03-"), Corpus.read("06-"));
        assertFalse(c.crossYearApplies());
        assertTrue(c.crossYear().isEmpty());
        assertNotNull(c.table("T3"));
    }

    @Test
    void thresholdFromPreferences() {
        Comparison strict = new Comparer(new ChangeThreshold(0.1, 1)).compare(Corpus.read("05-"), Corpus.read("06-"));
        assertTrue(strict.table("T3").cell(new CellAddress("T3", "R01", "C7")).large(), "+0.4 % ≥ 0.1 %");
    }
}
