package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** The checks evaluators and 公开办 apply beyond format.md §8 (review.md § 2): KPI, STR-08…10, XS-09…11. */
class EvaluatorRulesTest {

    private final Validator validator = new Validator();

    @Test
    void kpi01PointsAtEachGroupWithCorrectedDecisions() {
        // 淮安市 2024: 复议 结果纠正 64, 直诉 4, 复议后诉 1
        List<Diagnostic> kpi = only(validator.check(Imported.report("04")), "KPI-01");
        assertEquals(List.of(List.of(new CellAddress("T4", "REVIEW", "CORRECTED")),
                List.of(new CellAddress("T4", "SUIT_DIRECT", "CORRECTED")),
                List.of(new CellAddress("T4", "SUIT_AFTER_REVIEW", "CORRECTED"))), kpi.stream().map(Diagnostic::cells).toList());
        assertEquals(List.of("64", "4", "1"), kpi.stream().map(Diagnostic::actual).toList());
        assertEquals(Severity.INFO, kpi.get(0).severity());
        assertEquals("行政复议 结果纠正 为 64：行政复议被纠错、行政诉讼败诉在多数地方考核细则中按件扣分，请核实案件并准备说明。",
                kpi.get(0).messageZh());
    }

    @Test
    void kpi01SaysNothingWithoutCorrections() {
        AnnualReport seed = Imported.report(Corpus.SEED); // 表四 all 0
        assertEquals(List.of(), only(validator.check(seed), "KPI-01"));
        Corpus.set(seed, "T4", "SUIT_AFTER_REVIEW", "CORRECTED", "1");
        Corpus.set(seed, "T4", "SUIT_AFTER_REVIEW", "TOTAL", "1");
        assertEquals(List.of(new CellAddress("T4", "SUIT_AFTER_REVIEW", "CORRECTED")),
                only(validator.check(seed), "KPI-01").get(0).cells());
    }
    @Test
    void str10ACoverLetterPublishedAsTheReport() {
        String seed = Imported.text(Corpus.SEED);
        assertEquals(List.of(), only(validator.check(Imported.read(seed)), "STR-10"));

        // the seed as the letter that sent it to the city's office: addressee, letter title, request, copy-to
        String letter = "宝鸡市人民政府办公室：\n\n" + seed.replaceFirst("2024 年政府信息公开工作年度报告",
                "关于报送2024年政府信息公开工作年度报告的函\n\n现将我局2024年政府信息公开工作年度报告报来，请审示。")
                + "\n抄送：市政务公开办。\n";
        AnnualReport report = Imported.read(letter);
        List<Diagnostic> str10 = only(validator.check(report), "STR-10");
        assertEquals(1, str10.size(), () -> report.getTitle() + " / " + report.getPreamble());
        assertEquals(Severity.WARNING, str10.get(0).severity());
        assertEquals("宝鸡市人民政府办公室：|关于报送…年度报告|年度报告的函|现将…报来|请审示|抄送：", str10.get(0).actual());
    }

    @Test
    void str10WordsOfALetterInsideTheBodyAreNoLetter() {
        AnnualReport hongze = Imported.report("03");
        // 一（三） of 洪泽 2024, with a sentence about letters the office handled, deep inside the text
        Imported.replace(hongze, "S1.3", "加强区政府门户网站及政务新媒体日常管理",
                "对各部门报来的信息，现将审核意见及时反馈，请审阅后发布。加强区政府门户网站及政务新媒体日常管理");
        assertEquals(List.of(), only(validator.check(hongze), "STR-10"));
    }
}
