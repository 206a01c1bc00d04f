package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.ParagraphPair;
import cn.nianbao.review.compare.SectionComparison;
import cn.nianbao.review.compare.Span;

/** Paragraph alignment, changed passages and the XY-03 similarity. */
class TextCompareTest {

    @Test
    void corpusPairIsWrittenAfresh() {
        Comparison c = new Comparer(ChangeThreshold.DEFAULT).compare(Corpus.read("05-"), Corpus.read("06-"));
        assertFalse(c.copied(c.similarityS1()), "宿迁 2024 is not a copy of 2023: " + c.similarityS1());
        assertTrue(c.similarityS1() > 0 && c.similarityS1() < 0.5);
        assertFalse(c.sections().isEmpty());
    }

    @Test
    void copiedReportStandsOut() {
        AnnualReport before = Corpus.read("05-");
        AnnualReport after = Corpus.read("06-");
        for (TextSection section : after.getSections()) {
            section.setBody(ReportData.sectionText(before, section.getKey()).replace("2023", "2024"));
        }
        Comparison c = new Comparer(ChangeThreshold.DEFAULT).compare(before, after);
        assertTrue(c.copied(c.similarityS1()), "a copy with the year changed: " + c.similarityS1());
        SectionComparison s1 = c.sections().stream().filter(s -> s.key().equals("S1")).findFirst().orElseThrow();
        assertTrue(s1.copied());
    }

    @Test
    void changedPassageInsideAParagraph() {
        AnnualReport before = Corpus.read("05-");
        AnnualReport after = Corpus.read("05-");
        after.setYear(2024);
        TextSection s5 = ReportData.section(after, "S5");
        s5.setBody("第一段不变。\n本年度共收到申请3511件，比上年增加。\n新增的一段。");
        ReportData.section(before, "S5").setBody("第一段不变。\n本年度共收到申请3402件，比上年增加。");
        Comparison c = new Comparer(ChangeThreshold.DEFAULT).compare(before, after);
        SectionComparison section = c.sections().stream().filter(s -> s.key().equals("S5")).findFirst().orElseThrow();
        assertEquals(3, section.paragraphs().size(), () -> section.paragraphs().toString());
        assertEquals(ParagraphPair.Kind.SAME, section.paragraphs().get(0).kind());
        ParagraphPair changed = section.paragraphs().get(1);
        assertEquals(ParagraphPair.Kind.CHANGED, changed.kind());
        String after2 = changed.after();
        String marked = changed.afterChanges().stream().map(sp -> after2.substring(sp.start(), sp.end()))
                .reduce("", String::concat);
        assertEquals("511", marked, "only the changed digits are marked: " + changed.afterChanges());
        assertEquals(ParagraphPair.Kind.ADDED, section.paragraphs().get(2).kind());
        assertEquals(new Span(0, "新增的一段。".length()), section.paragraphs().get(2).afterChanges().get(0));
    }
}
