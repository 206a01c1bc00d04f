package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.export.notice.Notice;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.score.NoticeBuilder;
import cn.nianbao.review.score.ScoreLine;
import cn.nianbao.review.score.ScoringSheet;
import cn.nianbao.review.score.ScoringSheets;
import cn.nianbao.review.score.Scorer;
import cn.nianbao.review.score.SheetException;
import cn.nianbao.review.score.UnitScore;
import cn.nianbao.testing.TestData;
import cn.nianbao.validation.Validator;

/**
 * Scores of corpus reports on the 宿迁 sheet, worked out by hand from the sheet's points and the findings
 * the reports have: 宝鸡市科学技术局 2024 (a department, no publication date, tables that add up) as
 * published and edited to break a rule, and 洪泽区 2023 (two broken 表四 identities) on a pack with a cap.
 */
class ScorerTest {

    private static final String BAOJI = "000-baoji-kejiju-2024";

    @TempDir
    Path folder;

    @Test
    void baojiAsPublishedKeepsItsPointAndLeavesTheUndatedDeadlineToAPerson() throws SheetException {
        UnitScore score = suqian(Corpus.read(BAOJI));
        assertEquals("1", plain(score.maximum()));
        assertEquals("1", plain(score.score()), "nothing deducts: " + score);
        assertEquals(List.of(), score.deductions());
        assertEquals(List.of("SQ-DEP-A-005 TIM-01 0.5 PERSON UNCERTAIN", "SQ-DEP-B-049 null null PERSON MANUAL"),
                lines(score.forPerson()));
    }

    @Test
    void publishedAfterTheThirtyFirstOfJanuaryCostsHalfAPoint() throws SheetException {
        AnnualReport report = Corpus.read(BAOJI);
        report.setAgencyLevel(AgencyLevel.CITY_DEPT);
        report.setPublishDate(Date.from(LocalDate.of(2025, 2, 20).atTime(12, 0).atZone(ZoneId.systemDefault())
                .toInstant()));
        UnitScore score = suqian(report);
        assertEquals(List.of("SQ-DEP-A-005 TIM-01 0.5 DEDUCTED RULE"), lines(score.deductions()));
        assertEquals("0.5", plain(score.score()));
        assertTrue(score.deductions().get(0).evidenceZh().contains("2025-02-20"), score.deductions().get(0).evidenceZh());
    }

    @Test
    void aCorrectedCaseAndABrokenTotalGoToAPersonNotIntoTheScore() throws IOException, SheetException {
        // 表四: 行政复议 结果纠正 0 → 2, its 总计 left at 0 (SUM-05 breaks, KPI-01 sees two corrected cases)
        String text = Files.readString(TestData.corpus(BAOJI), StandardCharsets.UTF_8);
        String zeros = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";
        assertTrue(text.contains(zeros));
        Path edited = folder.resolve("baoji-edited.txt");
        Files.writeString(edited, text.replace(zeros, "0\t2\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"),
                StandardCharsets.UTF_8);
        UnitScore score = suqian(Corpus.read(edited));
        assertEquals("1", plain(score.score()), "a data anomaly is never deducted automatically (避免争议)");
        assertEquals(List.of("SQ-DEP-A-005 SUM-05 0.5 PERSON NOT_AUTOMATIC", "SQ-DEP-A-005 TIM-01 0.5 PERSON UNCERTAIN",
                "SQ-DEP-B-048 KPI-01 4 PERSON UNCERTAIN", "SQ-DEP-B-049 null null PERSON MANUAL"),
                lines(score.forPerson()));
        assertEquals(List.of(new CellAddress("T4", "REVIEW", "CORRECTED")), score.forPerson().get(2).cells());
    }

    @Test
    void aCapLimitsWhatAnItemLosesAndFindingsOfOtherSeveritiesDoNotMatch() throws IOException, SheetException {
        Path pack = folder.resolve("capped.json");
        Files.writeString(pack, """
                {"id": "capped", "name": {"zh": "测试", "en": "Test"}, "source": "ScorerTest",
                 "items": [
                   {"id": "DATA", "title": {"zh": "数据", "en": "Data"}, "points": 1,
                    "deductions": [{"rules": ["SUM-*"], "points": 0.6}]},
                   {"id": "LATE", "title": {"zh": "时限", "en": "Deadline"}, "points": 2,
                    "deductions": [{"rules": ["TIM-01"], "severities": ["ERROR"], "points": 1, "count": "once"}]}
                 ]}
                """, StandardCharsets.UTF_8);
        ScoringSheet sheet = ScoringSheets.read(pack);
        AnnualReport hongze = Corpus.read("02-hongze-quzhengfu-2023");
        UnitScore score = new Scorer(sheet).score("02", hongze, new Validator().check(hongze));
        assertEquals(List.of("DATA SUM-05 0.6 DEDUCTED RULE", "DATA SUM-07 0.4 DEDUCTED CAPPED"),
                lines(score.deductions()));
        assertEquals("3", plain(score.maximum()));
        assertEquals("2", plain(score.score()));
        assertEquals(List.of(), score.forPerson(), "the undated TIM-01 is an INFO, and the pack names only ERROR");
        assertTrue(score.deductions().get(0).cells().contains(new CellAddress("T4", "REVIEW", "TOTAL")));
    }

    @Test
    void aPackThatOmitsUncertainFindingsListsOnlyItsManualItems() throws IOException, SheetException {
        Path pack = folder.resolve("omit.json");
        Files.writeString(pack, """
                {"id": "omit", "name": {"zh": "测试", "en": "Test"}, "source": "ScorerTest", "uncertain": "omit",
                 "items": [
                   {"id": "LATE", "title": {"zh": "时限", "en": "Deadline"}, "points": 1,
                    "deductions": [{"rules": ["TIM-01"], "points": 1}]},
                   {"id": "NOTICE", "title": {"zh": "通报", "en": "Notice"}, "points": 0, "cap": null}
                 ]}
                """, StandardCharsets.UTF_8);
        AnnualReport baoji = Corpus.read(BAOJI);
        UnitScore score = new Scorer(ScoringSheets.read(pack)).score(BAOJI, baoji, new Validator().check(baoji));
        assertEquals(List.of("NOTICE null null PERSON MANUAL"), lines(score.forPerson()));
        assertEquals("1", plain(score.score()));
    }

    @Test
    void theNoticeCarriesTheScoreAndTheStandardSentence() throws SheetException {
        AnnualReport report = Corpus.read(BAOJI);
        report.setAgencyLevel(AgencyLevel.CITY_DEPT);
        report.setPublishDate(Date.from(LocalDate.of(2025, 3, 2).atTime(12, 0).atZone(ZoneId.systemDefault())
                .toInstant()));
        UnitScore score = suqian(report);
        Notice notice = NoticeBuilder.build(ScoringSheets.find("suqian-dept"), List.of(score), true);
        assertEquals("2024年度政府信息公开工作年度报告评分通报", notice.title());
        var first = notice.units().get(0).lines().get(0);
        assertEquals("SQ-DEP-A-005 及时规范、高质量发布本部门政府信息公开年度报告", first.item());
        assertEquals("严格按照条例规定的时限（部门1月31日前、本级政府3月31日前）发布年度报告。", first.remedy());
        assertEquals(new BigDecimal("0.5"), first.points());
        assertEquals("Publish the report by the statutory deadline (31 January for a department, 31 March for a"
                + " government's own area report).", NoticeBuilder.build(ScoringSheets.find("suqian-dept"),
                        List.of(score), false).units().get(0).lines().get(0).remedy());
    }

    private static UnitScore suqian(AnnualReport report) throws SheetException {
        return new Scorer(ScoringSheets.find("suqian-dept")).score("test", report, new Validator().check(report));
    }

    private static List<String> lines(List<ScoreLine> lines) {
        return lines.stream().map(l -> l.itemId() + " " + l.ruleId() + " " + (l.points() == null ? null
                : plain(l.points())) + " " + l.treatment() + " " + l.reason()).toList();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
