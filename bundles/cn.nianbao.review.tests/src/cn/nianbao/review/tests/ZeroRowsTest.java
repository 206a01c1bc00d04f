package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.compare.TableComparison;

/** Which rows "hide rows that are zero in both years" hides in the compare editor: 0 and 0, or blank and blank. */
class ZeroRowsTest {

    @Test
    void aRowOfZerosInBothYearsIsHiddenAndOneFigureKeepsItShown() {
        AnnualReport before = Corpus.read("05-");
        AnnualReport after = Corpus.read("06-");
        fill(before, "R05", "0");
        fill(after, "R05", "0");
        fill(before, "R06", "0");
        fill(after, "R06", "0");
        ReportData.setValue(after, new CellAddress("T3", "R06", "C3"), new BigDecimal("2"));

        TableComparison t3 = new Comparer(ChangeThreshold.DEFAULT).compare(before, after).table("T3");

        assertTrue(t3.zeroInBothYears("R05"), "0 everywhere in both years");
        assertFalse(t3.zeroInBothYears("R06"), "one cell is 2 this year");
        assertFalse(t3.zeroInBothYears("R01"), "本年新收 has figures");
    }

    @Test
    void blankOneYearAndZeroTheOtherIsAChangeAndStaysShown() {
        AnnualReport before = Corpus.read("05-");
        AnnualReport after = Corpus.read("06-");
        fill(before, "R05", null);
        fill(after, "R05", "0");

        TableComparison t3 = new Comparer(ChangeThreshold.DEFAULT).compare(before, after).table("T3");

        assertFalse(t3.zeroInBothYears("R05"), "blank last year, 0 this year: filled in, not zero in both");
    }

    /** Every cell of a row of 表三 set to one value (null: blank). */
    private static void fill(AnnualReport report, String row, String value) {
        for (int column = 1; column <= 7; column++) {
            ReportData.setValue(report, new CellAddress("T3", row, "C" + column), value == null ? null : new BigDecimal(value));
        }
    }
}
