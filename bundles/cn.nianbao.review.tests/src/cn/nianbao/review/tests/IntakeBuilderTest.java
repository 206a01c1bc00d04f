package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.intake.IntakeBuilder;
import cn.nianbao.review.intake.IntakeEntry;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.ReportStanding;
import cn.nianbao.review.intake.Submission;
import cn.nianbao.review.intake.SubmittedReport;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/**
 * The intake list of 淮安市 for 2024 on 2025-02-10, from corpus reports: who reported on time, late, not at all,
 * twice, and what matches no unit; the deadlines of departments and of the government's own report.
 */
class IntakeBuilderTest {

    private static final Roster ROSTER = new Roster("淮安市", List.of(
            new RosterUnit("淮安市人民政府", UnitLevel.GOVERNMENT, null, null),
            new RosterUnit("洪泽区人民政府", UnitLevel.SUBREGION, "淮安市人民政府", null),
            new RosterUnit("淮安市财政局", UnitLevel.DEPARTMENT, "淮安市人民政府", null),
            new RosterUnit("淮安市教育局", UnitLevel.DEPARTMENT, "淮安市人民政府", "王五"),
            new RosterUnit("淮安市审计局", UnitLevel.DEPARTMENT, "淮安市人民政府", null)),
            MonthDay.of(1, 31), MonthDay.of(3, 31));

    private final List<SubmittedReport> reports = new ArrayList<>();

    private void submit(String corpusFile, String agency, LocalDate submitted) {
        AnnualReport report = Corpus.read(corpusFile);
        report.setAgencyName(agency);
        ReportSummary summary = new ReportSummary(reports.size() + 1, agency, null, null, report.getYear(), "v2021",
                ReportStatus.DRAFT, 1, reports.size() + 1, null);
        reports.add(new SubmittedReport(summary, report, submitted, new ReportStanding(ReportStatus.DRAFT, null)));
    }

    private IntakeList build() {
        submit("04-huaian-shizhengfu-2024", "淮安市人民政府", LocalDate.of(2025, 1, 20));
        submit("03-hongze-quzhengfu-2024", "淮安市洪泽区人民政府", LocalDate.of(2025, 4, 2));
        submit("000-baoji-kejiju-2024", "淮安市财政局", LocalDate.of(2025, 1, 15));
        submit("000-baoji-kejiju-2024", "淮安市 财政局", LocalDate.of(2025, 1, 16));
        submit("000-baoji-kejiju-2024", "淮安市审计局", LocalDate.of(2025, 2, 5));
        submit("000-baoji-kejiju-2024", "宝鸡市科学技术局", LocalDate.of(2025, 1, 10));
        return new IntakeBuilder().build(ROSTER, 2024, LocalDate.of(2025, 2, 10), reports);
    }

    @Test
    void everyUnitHasItsDeadlineDaysLeftAndWhetherItReportedInTime() {
        IntakeList list = build();
        List<IntakeEntry> e = list.entries();
        assertEquals(5, e.size());

        assertEquals(LocalDate.of(2025, 3, 31), e.get(0).due(), "the government's own report: 3-31");
        assertEquals(49, e.get(0).daysLeft());
        assertEquals(Submission.ON_TIME, e.get(0).submission());

        assertEquals(LocalDate.of(2025, 3, 31), e.get(1).due());
        assertEquals(Submission.LATE, e.get(1).submission(), "洪泽 reported on 4-2, after 3-31");
        assertEquals(List.of("淮安市洪泽区人民政府"), e.get(1).reports(), "matched with the city's name in front");

        assertEquals(LocalDate.of(2025, 1, 31), e.get(3).due(), "a department: 1-31");
        assertEquals(-10, e.get(3).daysLeft());
        assertEquals(Submission.OVERDUE, e.get(3).submission());
        assertNull(e.get(3).report());

        assertEquals(Submission.LATE, e.get(4).submission(), "审计局 reported on 2-5, after 1-31");
        assertEquals(1, list.count(Submission.OVERDUE));
        assertEquals(2, list.count(Submission.LATE));
    }

    @Test
    void twoReportsForOneUnitAreDuplicatedAndAReportOfNoUnitIsListedAsUnmatched() {
        IntakeList list = build();
        IntakeEntry finance = list.entries().get(2);
        assertTrue(finance.duplicated());
        assertEquals(List.of("淮安市财政局", "淮安市 财政局"), finance.reports());
        assertFalse(list.entries().get(0).duplicated());
        assertEquals(1, list.duplicated());
        assertEquals(List.of("宝鸡市科学技术局"), list.unmatched());
    }

    @Test
    void theLatestRevisionIsCheckedAndACleanReportHasNoErrors() {
        IntakeList list = build();
        assertEquals(0, list.entries().get(0).errors(), "淮安市 2024 adds up (corpus expected values)");
        AnnualReport broken = reports.get(4).report();
        broken.getTables().forEach(t -> t.getCells().forEach(c -> c.setValue(java.math.BigDecimal.ONE)));
        IntakeList again = new IntakeBuilder().build(ROSTER, 2024, LocalDate.of(2025, 2, 10), reports.subList(0, 6));
        assertTrue(again.entries().get(4).errors() > 0, "every cell 1: no total equals the sum of its parts");
    }
}
