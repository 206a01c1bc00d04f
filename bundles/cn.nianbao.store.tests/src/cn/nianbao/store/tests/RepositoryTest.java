package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.Acceptance;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.store.ImportSource;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.Rollup;

@ParameterizedClass
@EnumSource(Backend.class)
class RepositoryTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @Test
    void savesRevisionsAndListsHistory() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            Revision first = repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", null);
            Revision second = repo.saveRevision(Reports.of("甲局", 2024, 4, 6), "李四", null);
            Revision again = repo.saveRevision(Reports.of("甲局", 2024, 4, 6), "李四", null);
            assertEquals(second.id(), again.id(), "unchanged content makes no revision");
            repo.saveRevision(Reports.of("乙局", 2024, 10, 20), "王五", new ImportSource("b.txt", "ab".repeat(32)));

            List<ReportSummary> all = repo.list(null, null);
            assertEquals(2, all.size());
            ReportSummary a = repo.find("甲局", 2024).orElseThrow();
            assertEquals(2, a.revisions());
            assertEquals(ReportStatus.DRAFT, a.status());
            assertEquals(ReportStatus.PUBLISHED, repo.find("乙局", 2024).orElseThrow().status());
            List<Revision> history = repo.history(a.id());
            assertEquals(List.of(1, 2), history.stream().map(Revision::number).toList());
            assertEquals("张三", history.get(0).author());
            assertEquals(first.chainHash(), history.get(0).chainHash());
            assertEquals("b.txt", repo.agencyHistory("乙局").get(0).sourceFile());
            assertEquals(BigDecimal.valueOf(3), ReportData.value(repo.load(first.id()), Reports.NEW_NATURAL));
            assertEquals(1, repo.list("甲局", null).size());
            assertEquals(0, repo.list(null, 2023).size());
        }
    }

    @Test
    void agencyHistoryHasEveryRevisionOfTheAgencyByYearThenNumberAndNoOtherAgencys() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "张三", new ImportSource("a2024.txt", "ab".repeat(32)));
            repo.saveRevision(Reports.of("乙局", 2023, 1, 1), "王五", new ImportSource("b2023.txt", "cd".repeat(32)));
            repo.saveRevision(Reports.of("甲局", 2023, 7, 8), "张三", null);
            repo.saveRevision(Reports.of("甲局", 2024, 4, 6), "李四", null);
            repo.saveRevision(Reports.of("甲局2", 2024, 9, 9), "赵六", null);

            List<Revision> history = repo.agencyHistory(" 甲局 ");

            assertEquals(List.of("张三", "张三", "李四"), history.stream().map(Revision::author).toList());
            assertEquals(List.of(1, 1, 2), history.stream().map(Revision::number).toList());
            assertEquals(Arrays.asList(null, "a2024.txt", null),
                    history.stream().map(Revision::sourceFile).toList());
            long report2023 = repo.find("甲局", 2023).orElseThrow().id();
            long report2024 = repo.find("甲局", 2024).orElseThrow().id();
            assertEquals(List.of(report2023, report2024, report2024),
                    history.stream().map(Revision::reportId).toList());
            assertEquals(List.of(), repo.agencyHistory("丙局"));
        }
    }

    @Test
    void rollsUpTheCurrentRevisionsOfAYear() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 3, 5), "a", null);
            repo.saveRevision(Reports.of("甲局", 2024, 4, 6), "a", null);
            repo.saveRevision(Reports.of("乙局", 2024, 10, 20), "a", null);
            repo.saveRevision(Reports.of("乙局", 2023, 100, 200), "a", null);
            AnnualReport blank = Reports.of("丙局", 2024, 1, 1);
            ReportData.setValue(blank, Reports.NEW_NATURAL, null);
            repo.saveRevision(blank, "a", null);
            Rollup rollup = repo.rollup(2024);
            assertEquals(3, rollup.reports());
            assertEquals(new BigDecimal("14"), rollup.sums().get(Reports.NEW_NATURAL));
            assertEquals(2, rollup.counts().get(Reports.NEW_NATURAL), "a blank cell is not counted");
            assertEquals(new BigDecimal("27"), rollup.sums().get(Reports.NEW_TOTAL));
            assertTrue(repo.verify().ok(), () -> repo.toString());
        }
    }

    @Test
    void keepsStatusRegionAndAcceptances() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            AnnualReport report = Reports.of("甲局", 2024, 3, 5);
            Acceptance acceptance = ReportFactory.eINSTANCE.createAcceptance();
            acceptance.setRuleId("XY-01");
            acceptance.setReason("机构改革，上年数据口径不同");
            acceptance.setAuthor("审核人");
            acceptance.setDate(new Date());
            report.getAcceptances().add(acceptance);
            long id = repo.saveRevision(report, "a", null).reportId();
            repo.setStatus(id, ReportStatus.APPROVED);
            repo.setRegionCode("甲局", "610300");
            ReportSummary summary = repo.report(id).orElseThrow();
            assertEquals(ReportStatus.APPROVED, summary.status());
            assertEquals("610300", summary.regionCode());
            assertEquals("机构改革，上年数据口径不同", repo.load(summary.currentRevision()).getAcceptances().get(0).getReason());
            assertThrows(IllegalArgumentException.class, () -> repo.setRegionCode("甲局", "61'; --"));
        }
    }

    @Test
    void refusesAReportWithoutAgencyOrYear() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            RepositoryException e = assertThrows(RepositoryException.class,
                    () -> repo.saveRevision(Reports.of(" ", 2024, 1, 1), "a", null));
            assertEquals(RepositoryException.Kind.INVALID_REPORT, e.kind());
            assertThrows(RepositoryException.class, () -> repo.saveRevision(Reports.of("甲", 0, 1, 1), "a", null));
            assertTrue(repo.list(null, null).isEmpty());
            assertNull(repo.report(1).orElse(null));
        }
    }
}
