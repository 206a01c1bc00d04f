package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.intake.IntakeBuilder;
import cn.nianbao.review.intake.IntakeEntry;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.IntakeSource;
import cn.nianbao.review.intake.RosterReports;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/**
 * The reports the intake list loads from a repository: those of the roster's units, matched as the list matches
 * them (the region's name in front, white space in the name, the same unit twice), and only the names of the
 * others; another year's reports not at all.
 */
class IntakeSourceTest {

    private static final Roster ROSTER = new Roster("淮安市", List.of(
            new RosterUnit("洪泽区人民政府", UnitLevel.SUBREGION, "淮安市人民政府", null),
            new RosterUnit("淮安市财政局", UnitLevel.DEPARTMENT, "淮安市人民政府", null),
            new RosterUnit("淮安市审计局", UnitLevel.DEPARTMENT, "淮安市人民政府", null)),
            MonthDay.of(1, 31), MonthDay.of(3, 31));

    @TempDir
    Path data;

    private static void save(ReportRepository repository, String agency, int year) throws Exception {
        AnnualReport report = Corpus.read("000-baoji-kejiju-2024");
        report.setAgencyName(agency);
        report.setYear(year);
        repository.saveRevision(report, "test", null);
    }

    /** 洪泽 under its full name, 财政局 twice (once with a space), and a unit of another region. */
    private static void saveTheYear(ReportRepository repository) throws Exception {
        save(repository, "淮安市洪泽区人民政府", 2024);
        save(repository, "淮安市财政局", 2024);
        save(repository, "淮安市 财政局", 2024);
        save(repository, "宝鸡市科学技术局", 2024);
    }

    @Test
    void loadsOnlyTheReportsOfRosterUnitsAndNamesTheOthers() throws Exception {
        try (ReportRepository repository = ReportRepository.open(data)) {
            saveTheYear(repository);
            save(repository, "淮安市审计局", 2023);

            RosterReports reports = new IntakeSource(repository, ZoneOffset.UTC).reportsOf(2024, ROSTER);

            assertEquals(List.of("淮安市 财政局", "淮安市洪泽区人民政府", "淮安市财政局"),
                    reports.onRoster().stream().map(r -> r.summary().agency()).toList());
            assertTrue(reports.onRoster().stream().allMatch(r -> r.report().getAgencyName().equals(r.summary().agency())),
                    "each matched report is loaded");
            assertEquals(List.of("宝鸡市科学技术局"), reports.offRoster());
        }
    }

    @Test
    void theListMatchesTheLoadedReportsToUnitsAndNamesTheUnmatched() throws Exception {
        try (ReportRepository repository = ReportRepository.open(data)) {
            saveTheYear(repository);
            RosterReports split = new IntakeSource(repository, ZoneOffset.UTC).reportsOf(2024, ROSTER);
            LocalDate today = LocalDate.of(2025, 2, 10);

            IntakeList list = new IntakeBuilder().build(ROSTER, 2024, today, split);

            List<IntakeEntry> e = list.entries();
            assertEquals(List.of("淮安市洪泽区人民政府"), e.get(0).reports());
            assertEquals(List.of("淮安市 财政局", "淮安市财政局"), e.get(1).reports());
            assertTrue(e.get(1).duplicated());
            assertEquals(List.of(), e.get(2).reports());
            assertEquals(List.of("宝鸡市科学技术局"), list.unmatched());
        }
    }
}
