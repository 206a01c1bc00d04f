package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.review.copies.CopyFinder;
import cn.nianbao.review.copies.CopyPair;
import cn.nianbao.review.copies.UnitNames;

/**
 * Copying across units, with pairs made by hand from real corpus reports: 淮安市人民政府 2024 (A) copied by two
 * other cities with the names swapped — 连云港 word for word but for two figures (B), 盐城 without its 平台建设
 * sub-topic (F) — beside three reports written independently (宿迁 2024, 洪泽 2023 and 2024) and A filed a second
 * time under its own name. Section 一 and 五 of A are its prose; 二 to 四 hold tables and 六 is one sentence, too
 * short to compare.
 */
class CopyFinderTest {

    private static final String HUAIAN = "淮安市人民政府";
    private static final String LIANYUNGANG = "连云港市人民政府";
    private static final String YANCHENG = "盐城市人民政府";

    @Test
    void copiesWithTheNameSwappedArePairedAndIndependentReportsAreNot() {
        CopyFinder finder = new CopyFinder();
        finder.add("04.txt", Corpus.read("04-"));
        AnnualReport b = renamed(Corpus.read("04-"), "连云港");
        replaceInSections(b, "5500", "4100");
        replaceInSections(b, "3119", "2764");
        finder.add("b.txt", b);
        finder.add("06.txt", Corpus.read("06-"));
        finder.add("02.txt", Corpus.read("02-"));
        finder.add("03.txt", Corpus.read("03-"));
        finder.add("04-again.txt", Corpus.read("04-"));
        AnnualReport f = renamed(Corpus.read("04-"), "盐城");
        f.getSections().removeIf(s -> "S1.4".equals(s.getKey()));
        finder.add("f.txt", f);

        List<CopyPair> pairs = finder.find();

        assertEquals(List.of(
                "S1 一、总体情况 " + HUAIAN + " 04.txt ~ " + LIANYUNGANG + " b.txt 1.00",
                "S1 一、总体情况 " + HUAIAN + " 04.txt ~ " + YANCHENG + " f.txt near",
                "S5 五、存在的主要问题及改进情况 " + HUAIAN + " 04.txt ~ " + YANCHENG + " f.txt 1.00",
                "S5 五、存在的主要问题及改进情况 " + HUAIAN + " 04.txt ~ " + LIANYUNGANG + " b.txt 1.00"),
                pairs.stream().map(CopyFinderTest::line).toList());
        assertTrue(pairs.get(0).sample().startsWith("#年我市坚持以习近平新时代中国特色社会主义思想为指导"), pairs.get(0).sample());
        assertEquals(61, pairs.get(0).sample().length(), "60 characters and '…'");
        // （四） is about 330 of the 1,650 characters of 一 and its sub-topics
        assertTrue(pairs.get(1).similarity() > 0.7 && pairs.get(1).similarity() < 0.9,
                "一 without one of five sub-topics: " + pairs.get(1).similarity());
    }

    /** The hand-counted case of SimilarityFigureTest, longer: above and below XY-03's 50 % with exact figures. */
    @Test
    void nearCopiesAreMeasuredExactlyAndKeptFromTheLimitOn() {
        String x = run(0, 80);
        CopyFinder finder = new CopyFinder();
        finder.add("a", synthetic(HUAIAN, x + run(100, 10)));
        finder.add("b", synthetic(LIANYUNGANG, x + run(200, 10)));
        finder.add("c", synthetic(YANCHENG, run(0, 40) + run(300, 50)));

        List<CopyPair> pairs = finder.find();

        // a and b: 87 grams each, the 77 inside x shared, 97 in all; c shares 37 grams with either: 37/137
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals(HUAIAN, pairs.get(0).unitA());
        assertEquals(LIANYUNGANG, pairs.get(0).unitB());
        assertEquals(77.0 / 97.0, pairs.get(0).similarity(), 1e-9);
        assertEquals(x.substring(0, 60) + "…", pairs.get(0).sample());
    }

    @Test
    void aUnitsOwnNamesAreItsFullNameAndItsPlacesWithAndWithoutLevel() {
        assertEquals(List.of("宿迁市宿城区人民政府", "宿迁市", "宿城区", "宿迁", "宿城"),
                UnitNames.of("宿迁市宿城区人民政府").names());
        assertEquals("制作" + UnitNames.MARK + "公报，" + UnitNames.MARK + "翔宇南道",
                UnitNames.of(HUAIAN).neutralise("制作淮安市人民政府公报，淮安翔宇南道"));
        assertEquals("全市政府信息公开工作", UnitNames.of("宿迁市政府").neutralise("全市政府信息公开工作"),
                "政府 after the place is no name of its own");
    }

    private static String line(CopyPair pair) {
        String figure = pair.similarity() == 1.0 ? "1.00" : "near";
        return pair.section() + " " + pair.heading(true) + " " + pair.unitA() + " " + pair.sourceA() + " ~ "
                + pair.unitB() + " " + pair.sourceB() + " " + figure;
    }

    private static AnnualReport renamed(AnnualReport report, String city) {
        report.setAgencyName(city + "市人民政府");
        replaceInSections(report, "淮安", city);
        return report;
    }

    private static void replaceInSections(AnnualReport report, String from, String to) {
        for (TextSection section : report.getSections()) {
            if (section.getBody() != null) {
                section.setBody(section.getBody().replace(from, to));
            }
        }
    }

    private static AnnualReport synthetic(String agency, String sectionFive) {
        AnnualReport report = Corpus.read("06-");
        report.setAgencyName(agency);
        report.getSections().clear();
        TextSection section = ReportFactory.eINSTANCE.createTextSection();
        section.setKey("S5");
        section.setBody(sectionFive);
        report.getSections().add(section);
        return report;
    }

    /** {@code count} characters from {@code from} on, all different, no figure and no punctuation. */
    private static String run(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(0x4E00 + from + i);
        }
        return text.toString();
    }
}
