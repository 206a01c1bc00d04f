package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.SectionComparison;

/**
 * One similarity figure for one text, wherever the comparison shows it: the summary's figure of 一 and 五 is
 * the text page's figure of the same section, and both are XY-03's measure (4-grams, boilerplate sentences left
 * out). Two short texts built so that the figure can be counted by hand: a shared run X of 40 different
 * characters, then 45 other characters on each side (Y last year, Z this year), no character used twice.
 * Each text has 85 − 3 = 82 four-character grams; the 40 − 3 = 37 inside X are shared; 82 + 82 − 37 = 127
 * in all: 37 / 127.
 */
class SimilarityFigureTest {

    private static final double BY_HAND = 37.0 / 127.0;
    /** A sentence every report repeats (the catalogue's XY-03 boilerplate 统计期限): it does not count. */
    private static final String BOILERPLATE = "本报告统计期限为1月1日至12月31日。";

    /** {@code count} characters from {@code from} on, all different, no figure and no punctuation. */
    private static String run(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(0x4E00 + from + i);
        }
        return text.toString();
    }

    private static final String X = run(0, 40);
    private static final String Y = run(40, 45);
    private static final String Z = run(85, 45);

    @Test
    void sectionFiveSummaryAndTextPageGiveTheHandCountedFigure() {
        AnnualReport before = report(2023);
        AnnualReport after = report(2024);
        section(before, "S5", X + Y + "。" + BOILERPLATE);
        section(after, "S5", BOILERPLATE + X + Z + "。");

        Comparison c = new Comparer(ChangeThreshold.DEFAULT).compare(before, after);

        assertEquals(BY_HAND, c.similarityS5(), 1e-9);
        assertEquals(BY_HAND, section(c, "S5").similarity(), 1e-9, "the text page shows the summary's figure");
    }

    @Test
    void sectionOneIsMeasuredWithItsSubTopicsOnTheTextPageToo() {
        AnnualReport before = report(2023);
        AnnualReport after = report(2024);
        section(before, "S1", X);
        section(before, "S1.1", Y);
        section(after, "S1", X);
        section(after, "S1.1", Z);

        Comparison c = new Comparer(ChangeThreshold.DEFAULT).compare(before, after);

        assertEquals(BY_HAND, c.similarityS1(), 1e-9);
        assertEquals(BY_HAND, section(c, "S1").similarity(), 1e-9,
                "一 on the text page is 一 with its sub-topics, not its 40 opening characters alone");
        assertTrue(Double.isNaN(section(c, "S1.1").similarity()), "45 characters are too short to compare");
    }

    private static AnnualReport report(int year) {
        AnnualReport report = Corpus.read("06-");
        report.setYear(year);
        report.getSections().clear();
        return report;
    }

    private static void section(AnnualReport report, String key, String body) {
        TextSection section = ReportFactory.eINSTANCE.createTextSection();
        section.setKey(key);
        section.setBody(body);
        report.getSections().add(section);
    }

    private static SectionComparison section(Comparison c, String key) {
        return c.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
