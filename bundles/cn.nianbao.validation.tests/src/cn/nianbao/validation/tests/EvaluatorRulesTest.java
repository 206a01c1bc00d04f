package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;
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

    @Test
    void xs09Huaian2024StatesOneNewRuleAsTable2Does() {
        assertEquals(List.of(), only(validator.check(Imported.report("04")), "XS-09"));
        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.1", "新增公开市政府规章 1 件", "新增公开市政府规章 2 件");
        List<Diagnostic> xs09 = only(validator.check(huaian), "XS-09");
        assertEquals(1, xs09.size());
        assertEquals(Severity.WARNING, xs09.get(0).severity());
        assertEquals(List.of(new CellAddress("T2", "REG", "ISSUED")), xs09.get(0).cells());
        assertEquals("2", xs09.get(0).actual());
        assertEquals("1", xs09.get(0).expected());
    }

    @Test
    void xs09AListOfIssuedRepealedAndInForce() {
        // 洪泽 2024, 表二: 行政规范性文件 制发 3, 废止 0, 现行有效 8
        AnnualReport hongze = Imported.report("03");
        Imported.replace(hongze, "S1.3", "加强区政府门户网站", "全年制发行政规范性文件三件，废止0件，现行有效8件。加强区政府门户网站");
        assertEquals(List.of(), only(validator.check(hongze), "XS-09"));

        AnnualReport wrong = Imported.report("03");
        Imported.replace(wrong, "S1.3", "加强区政府门户网站", "全年制发行政规范性文件3件，废止0件，现行有效9件。加强区政府门户网站");
        List<Diagnostic> xs09 = only(validator.check(wrong), "XS-09");
        assertEquals(List.of(List.of(new CellAddress("T2", "NORM", "IN_FORCE"))), xs09.stream().map(Diagnostic::cells).toList());
        assertEquals(Severity.WARNING, xs09.get(0).severity());

        AnnualReport cleanUp = Imported.report("03");
        Imported.replace(cleanUp, "S1.3", "加强区政府门户网站", "开展规范性文件清理，废止行政规范性文件12件。加强区政府门户网站");
        xs09 = only(validator.check(cleanUp), "XS-09");
        assertEquals(1, xs09.size());
        assertEquals(Severity.INFO, xs09.get(0).severity(), "a clean-up may count older documents");
    }

    @Test
    void xs09InternalRulesAndOtherDocumentsAreNotCounted() {
        AnnualReport hongze = Imported.report("03");
        Imported.replace(hongze, "S1.3", "加强区政府门户网站",
                "制定规章制度5件，印发政策性文件11件，制定规范性文件管理办法，印发通知12件。加强区政府门户网站");
        assertEquals(List.of(), only(validator.check(hongze), "XS-09"));
    }

    /** 淮安 2024's outcomes as shares of its 3,050 handled requests, worked by hand from 表三. */
    private static final String HUAIAN_SHARES = "其中，予以公开1362件，占44.66%；部分公开454件，占14.89%；不予公开178件，占5.84%；"
            + "无法提供781件，占25.61%；不予处理88件，占2.89%；其他处理187件，占6.13%。";

    @Test
    void xs10SharesThatFollowFromTheirCounts() {
        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.2", "均在法定期限内予以答复。", "均在法定期限内予以答复。" + HUAIAN_SHARES);
        assertEquals(List.of(), only(validator.check(huaian), "XS-10"));
    }

    @Test
    void xs10AShareThatDoesNotFollowIsAWarning() {
        AnnualReport huaian = Imported.report("04");
        Imported.replace(huaian, "S1.2", "均在法定期限内予以答复。",
                "均在法定期限内予以答复。" + HUAIAN_SHARES.replace("占44.66%", "占46.66%"));
        List<Diagnostic> xs10 = only(validator.check(huaian), "XS-10");
        assertEquals(2, xs10.size(), xs10.toString());
        assertEquals(Severity.WARNING, xs10.get(0).severity());
        assertEquals("46.66", xs10.get(0).actual());
        assertEquals("第一部分写“1362件，占46.66%”，按件数计算为 44.66% = 1362/3050：该比例与所述件数及文中、表三的总数不符。",
                xs10.get(0).messageZh());
        assertEquals("102.02", xs10.get(1).actual(), "the six shares of 3,050 add up to 102.02 %");
    }

    @Test
    void xs11Suqian2023sApplicantsAreNewPlusCarriedOver() {
        // 收办 3607 = 3511 + 96; 自然人 3493 = 3402 + 91; 法人或其他组织 114 = (99 + 0 + 4 + 5 + 1) + (3 + 0 + 0 + 2 + 0)
        assertEquals(List.of(), only(validator.check(Imported.report("05")), "XS-11"));
        AnnualReport suqian = Imported.report("05");
        Imported.replace(suqian, "S1.2", "法人或其他组织申请114件", "法人或其他组织申请141件");
        List<Diagnostic> xs11 = only(validator.check(suqian), "XS-11");
        assertEquals(1, xs11.size(), xs11.toString());
        assertEquals(Severity.WARNING, xs11.get(0).severity());
        assertEquals("109 / 114", xs11.get(0).expected());
        assertEquals(10, xs11.get(0).cells().size(), "the five legal-person columns of 一 and 二");
    }

    @Test
    void xs11CarriedOverAndForwardSpelledZhuanjie() {
        AnnualReport huaian = Imported.report("04"); // 表三 二 = 34, 四 = 103
        Imported.replace(huaian, "S1.2", "含上年度结转申请 34 件，另有 103 件顺延到下年度", "含上年度转结申请 34 件，另有 103 件转结下年度");
        assertEquals(List.of(), only(validator.check(huaian), "XS-11"));

        AnnualReport wrong = Imported.report("04");
        Imported.replace(wrong, "S1.2", "含上年度结转申请 34 件，另有 103 件顺延到下年度", "含上年度转结申请 43 件，另有 130 件转结下年度");
        List<Diagnostic> xs11 = only(validator.check(wrong), "XS-11");
        assertEquals(List.of(List.of(new CellAddress("T3", "R02", "C7")), List.of(new CellAddress("T3", "R25", "C7"))),
                xs11.stream().map(Diagnostic::cells).toList());
        assertEquals(List.of("43", "130"), xs11.stream().map(Diagnostic::actual).toList());
    }

    private static final String SIX_PARTS = "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
            + "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。";

    @Test
    void str01bThePreambleAnnouncesTheSixPartsTheReportHas() {
        AnnualReport hongze = Imported.report("03");
        assertEquals(List.of(), only(validator.check(hongze), "STR-01b"), "洪泽 2024 announces nothing");
        hongze.setPreamble(hongze.getPreamble() + SIX_PARTS);
        assertEquals(List.of(), only(validator.check(hongze), "STR-01b"));
    }

    @Test
    void str01bFivePartsAnnouncedOrFiveOfSixListed() {
        AnnualReport five = Imported.report("03"); // 大冶 2025: "五项内容"
        five.setPreamble(five.getPreamble() + "本报告包括总体情况等五项内容。");
        List<Diagnostic> str01b = only(validator.check(five), "STR-01b");
        assertEquals(1, str01b.size(), str01b.toString());
        assertEquals(Severity.WARNING, str01b.get(0).severity());
        assertEquals("5", str01b.get(0).actual());
        assertEquals("6", str01b.get(0).expected());

        AnnualReport listed = Imported.report("03"); // 区统计局 2023: "六部分" listing five, 复议诉讼 missing
        listed.setPreamble(listed.getPreamble() + SIX_PARTS.replace("政府信息公开行政复议和行政诉讼情况、", ""));
        str01b = only(validator.check(listed), "STR-01b");
        assertEquals(1, str01b.size(), str01b.toString());
        assertTrue(str01b.get(0).messageZh().endsWith("但未列出：四、政府信息公开行政复议、行政诉讼情况。"), str01b.get(0).messageZh());
    }

    @Test
    void str08AGovernmentGivesAssessmentAppraisalAndAccountability() {
        AnnualReport hongze = Imported.report("03"); // 洪泽区人民政府: 一（五） speaks of 考核 only
        hongze.setAgencyLevel(AgencyLevel.COUNTY_GOV);
        List<Diagnostic> str08 = only(validator.check(hongze), "STR-08");
        assertEquals(1, str08.size());
        assertEquals(Severity.WARNING, str08.get(0).severity());
        assertEquals("社会评议|责任追究", str08.get(0).actual());

        Imported.replace(hongze, "S1.5", "促进信息公开工作持续向好。",
                "促进信息公开工作持续向好。开展政务公开社会评议，群众满意率98%；全年未发生责任追究情况。");
        assertEquals(List.of(), only(validator.check(hongze), "STR-08"));

        AnnualReport seed = Imported.report(Corpus.SEED); // a department: not asked
        seed.setAgencyLevel(AgencyLevel.CITY_DEPT);
        assertEquals(List.of(), only(validator.check(seed), "STR-08"));
    }

    @Test
    void str09SectionSixOfAGovernmentAndOfADepartment() {
        AnnualReport huaian = Imported.report("04"); // 六 reports the fee only
        huaian.setAgencyLevel(AgencyLevel.CITY_GOV);
        List<Diagnostic> str09 = only(validator.check(huaian), "STR-09");
        assertEquals(1, str09.size());
        assertEquals(Severity.WARNING, str09.get(0).severity());
        assertEquals("工作要点|人大代表建议政协提案|创新", str09.get(0).actual());

        Imported.setBody(huaian, "S6", ReportData.section(huaian, "S6").getBody()
                + "认真落实省政府年度政务公开工作要点；人大代表建议和政协提案办理结果全部公开；创新开展政策解读“进社区”活动。");
        assertEquals(List.of(), only(validator.check(huaian), "STR-09"));

        AnnualReport seed = Imported.report(Corpus.SEED);
        seed.setAgencyLevel(AgencyLevel.CITY_DEPT);
        assertEquals(Severity.INFO, only(validator.check(seed), "STR-09").get(0).severity());
    }

    @Test
    void pla04TheCompilerAndContactLieInTheFilersArea() {
        // 洪泽区人民政府 2023 / 淮安市洪泽区人民政府 2024: compiled by and contact 淮安市洪泽区人民政府办公室
        assertEquals(List.of(), only(validator.check(Imported.report("02")), "PLA-04"));
        assertEquals(List.of(), only(validator.check(Imported.report("03")), "PLA-04"));
        assertEquals(List.of(), only(validator.check(Imported.report("04")), "PLA-04"));

        AnnualReport copied = Imported.report("03"); // the preamble of another district's report left in
        copied.setPreamble(copied.getPreamble().replace("淮安市洪泽区人民政府办公室", "宿迁市宿豫区人民政府办公室"));
        List<Diagnostic> pla04 = only(validator.check(copied), "PLA-04");
        assertEquals(1, pla04.size(), copied.getPreamble());
        assertEquals(Severity.WARNING, pla04.get(0).severity());
        assertEquals("宿迁市宿豫区人民政府办公室", pla04.get(0).actual());
    }

    @Test
    void pla04AreasTheTextNamesAreTheFilersItsSuperiorsOrWithinIt() {
        // 宿迁市 2023 names its own districts (宿城区 …) and 江苏省: no finding on the published text
        AnnualReport suqian = Imported.report("05");
        assertEquals(List.of(), only(validator.check(suqian), "PLA-04"));
        replaceInSections(suqian, "表现突出的宿城区", "表现突出的江苏省宿迁市宿城区");
        assertEquals(List.of(), only(validator.check(suqian), "PLA-04"));

        replaceInSections(suqian, "表现突出的江苏省宿迁市宿城区", "表现突出的淮安市清江浦区、宿城区");
        List<Diagnostic> pla04 = only(validator.check(suqian), "PLA-04");
        assertEquals(1, pla04.size());
        assertEquals(Severity.WARNING, pla04.get(0).severity());
        assertEquals("宿迁市", pla04.get(0).expected());
        assertEquals("淮安市、清江浦区", pla04.get(0).actual());
        assertTrue(pla04.get(0).messageZh().contains("表现突出的淮安市清江浦区"), pla04.get(0).messageZh());
    }

    @Test
    void pla04ANeighbouringCountyIsAnotherArea() {
        // 淮安市洪泽区人民政府 may name 淮安市 (its city), not 盱眙县 (another county of that city)
        AnnualReport hongze = Imported.report("03");
        String body = hongze.getSections().get(0).getBody();
        hongze.getSections().get(0).setBody(body + "盱眙县人民政府办公室参与了本年度的工作。");
        List<Diagnostic> pla04 = only(validator.check(hongze), "PLA-04");
        assertEquals(1, pla04.size());
        assertEquals("洪泽区", pla04.get(0).expected());
        assertEquals("盱眙县", pla04.get(0).actual());
        hongze.getSections().get(0).setBody(body + "淮安市人民政府办公室参与了本年度的工作。");
        assertEquals(List.of(), only(validator.check(hongze), "PLA-04"));
    }

    @Test
    void pla04KnowsTheCountiesOfEveryProvince() {
        // 余杭区 (杭州市, 浙江) and 章贡区 (赣州市, 江西): county-level units outside 江苏 and 陕西
        List<Diagnostic> pla04 = pla04OnSuqian2023Naming("余杭区、章贡区、宿城区");
        assertEquals(1, pla04.size());
        assertEquals("余杭区、章贡区", pla04.get(0).actual());
    }

    @Test
    void pla04ANameInsideALongerOneIsNotASecondPlace() {
        // 马鞍山市 holds 鞍山市 (辽宁): one place, named once
        List<Diagnostic> pla04 = pla04OnSuqian2023Naming("马鞍山市、宿城区");
        assertEquals(1, pla04.size());
        assertEquals("马鞍山市", pla04.get(0).actual());
    }

    @Test
    void pla04WordsThatLookLikeCountiesAreNoPlaces() {
        // 示范县 ends in 范县 (河南), 信息县级 holds 息县, 管理县域 理县, 老城区 and 主城区 are 洛阳's 老城区 and 城区
        assertEquals(List.of(), pla04OnSuqian2023Naming("宿城区，创建政务公开示范县，推进信息县级平台、管理县域数据和老城区、主城区改造"));
    }

    /** 宿迁市 2023 with "表现突出的宿城区" in its text made "表现突出的" + {@code places}. */
    private List<Diagnostic> pla04OnSuqian2023Naming(String places) {
        AnnualReport suqian = Imported.report("05");
        replaceInSections(suqian, "表现突出的宿城区", "表现突出的" + places);
        return only(validator.check(suqian), "PLA-04");
    }

    private static void replaceInSections(AnnualReport report, String from, String to) {
        boolean replaced = false;
        for (TextSection section : report.getSections()) {
            String flat = section.getBody() == null ? "" : section.getBody().replaceAll("\\s+", "");
            if (flat.contains(from)) {
                section.setBody(flat.replace(from, to));
                replaced = true;
            }
        }
        assertTrue(replaced, "no section holds " + from);
    }
}
