package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * Issue 13's per-outcome sentences, each compared with 表三: 宿迁市 2024 (testdata/corpus/06) states in 一（二）
 * "全市全年共收办政府信息公开申请案件3646件…其中，予以公开1431件、部分公开471件、不予公开92件、无法提供941件、
 * 不予处理117件、作其他处理（含申请人主动撤回申请）469件、转下年度办理125件", every figure right (表三 total
 * column: 一 3525 + 二 121 = 3646; （三） 8 rows 2+1+4+17+21+11+23+13 = 92; （四） 897+36+8 = 941; （五）
 * 87+27+0+3+0 = 117; （六） 77+38+354 = 469). The sentence is edited to other wordings of the same facts
 * (no finding) and to wrong figures (a finding on the right cells); 全市 is the city government's own area
 * word there (its report is the area's), so only a narrower scope word (本机关) downgrades to INFO.
 */
class ProseOutcomeFiguresTest {

    private static final String PUBLISHED = "其中，予以公开1431件、部分公开471件、不予公开92件、无法提供941件、不予处理117件";

    private final Validator validator = new Validator();

    private List<Diagnostic> checkWith(String sentence, String rule) {
        AnnualReport suqian = Imported.report("06");
        Imported.replace(suqian, "S1.2", PUBLISHED, sentence);
        return only(validator.check(suqian), rule);
    }

    @Test
    void thePublishedSentenceAgrees() {
        AnnualReport suqian = Imported.report("06");
        List<Diagnostic> all = validator.check(suqian);
        for (String rule : List.of("XS-01", "XS-02", "XS-10", "XS-11")) {
            assertEquals(List.of(), only(all, rule), rule);
        }
    }

    @Test
    void disclosedAndPartlyDisclosedInOneFigureIsTheSumOfBothRows() {
        assertEquals(List.of(), checkWith("其中，予以公开及部分公开1902件、不予公开92件、无法提供941件、不予处理117件", "XS-01"),
                "1431 + 471 = 1902, not 471 alone");
        assertEquals(List.of(), checkWith("其中，全部或部分公开1902件、不予公开92件、无法提供941件、不予处理117件", "XS-01"));
        List<Diagnostic> wrong = checkWith("其中，予以公开及部分公开1900件、不予公开92件、无法提供941件、不予处理117件", "XS-01");
        assertEquals(1, wrong.size(), wrong.toString());
        assertEquals(Severity.WARNING, wrong.get(0).severity());
        assertEquals("1902", wrong.get(0).expected());
        assertEquals("1900", wrong.get(0).actual());
        assertEquals(List.of(new CellAddress("T3", "R03", "C7"), new CellAddress("T3", "R04", "C7")), wrong.get(0).cells());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "不予公开92件, 不予公开93件, 92",
            "无法提供941件, 无法提供265件, 941",
            "不予处理117件, 不予处理17件, 117",
            "作其他处理（含申请人主动撤回申请）469件, 作其他处理（含申请人主动撤回申请）496件, 469" })
    void eachOutcomeFigureIsComparedWithItsRows(String published, String edited, String table) {
        AnnualReport suqian = Imported.report("06");
        Imported.replace(suqian, "S1.2", published, edited);
        List<Diagnostic> xs01 = only(validator.check(suqian), "XS-01");
        assertEquals(1, xs01.size(), xs01.toString());
        assertEquals(Severity.WARNING, xs01.get(0).severity());
        assertEquals(table, xs01.get(0).expected());
    }

    @Test
    void aNarrowerScopeWordMakesTheWrongFigureAnInfo() {
        AnnualReport suqian = Imported.report("06");
        Imported.replace(suqian, "S1.2", "全市全年共收办", "本机关全年共收办");
        Imported.replace(suqian, "S1.2", "无法提供941件", "无法提供265件");
        List<Diagnostic> xs01 = only(validator.check(suqian), "XS-01");
        assertEquals(1, xs01.size(), xs01.toString());
        assertEquals(Severity.INFO, xs01.get(0).severity());
        assertTrue(xs01.get(0).messageZh().contains("本机关"), xs01.get(0).messageZh());
    }

    @Test
    void aShareIsRecomputedFromItsCount() {
        // 941 of the 3646 stated in the same sentence: 25.81 %
        assertEquals(List.of(), checkWith(PUBLISHED.replace("无法提供941件", "无法提供941件，占25.81%"), "XS-10"));
        List<Diagnostic> wrong = checkWith(PUBLISHED.replace("无法提供941件", "无法提供941件，占42.86%"), "XS-10");
        assertEquals(1, wrong.size(), wrong.toString());
        assertEquals(Severity.WARNING, wrong.get(0).severity());
    }

    @Test
    void applicantsAreComparedWithTheirColumns() {
        // 一 + 二: natural persons 3440 + 118 = 3558, legal persons and other organisations 85 + 3 = 88
        String right = "其中，自然人申请3558件，法人或其他组织申请88件；" + PUBLISHED.substring(3);
        assertEquals(List.of(), checkWith(right, "XS-11"));
        String wrong = "其中，自然人89件、法人或其他组织6件；" + PUBLISHED.substring(3);
        List<Diagnostic> xs11 = checkWith(wrong, "XS-11");
        assertEquals(2, xs11.size(), xs11.toString());
        assertTrue(xs11.stream().allMatch(d -> d.severity() == Severity.WARNING), xs11.toString());
        assertEquals(List.of("89", "6"), xs11.stream().map(Diagnostic::actual).toList());
    }

    @Test
    void carriedOverInsideTheReceivedFigureIsCompared() {
        AnnualReport suqian = Imported.report("06");
        Imported.replace(suqian, "S1.2", "案件3646件", "案件3646件（含上年结转121件）");
        assertEquals(List.of(), only(validator.check(suqian), "XS-01"));
        Imported.replace(suqian, "S1.2", "含上年结转121件", "含上年结转8件");
        List<Diagnostic> xs01 = only(validator.check(suqian), "XS-01");
        assertEquals(1, xs01.size(), xs01.toString());
        assertEquals("121", xs01.get(0).expected());
        assertEquals("8", xs01.get(0).actual());
    }

    @Test
    void aFigureWhoseRowsAreCutOffIsNotCompared() {
        // testdata/truncated/06-…-cut-in-table3 stops after （三）6: 不予公开 has 6 of its 8 rows (56 of 92)
        String text = Imported.text("06");
        AnnualReport cut = Imported.read(text.substring(0, text.indexOf("\t\t7.属于行政执法案卷")));
        assertEquals(List.of(), only(validator.check(cut), "XS-01"));
    }
}
