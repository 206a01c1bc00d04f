package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.review.ReviewException;
import cn.nianbao.review.rollup.Contribution;
import cn.nianbao.review.rollup.RollupBuilder;
import cn.nianbao.review.rollup.RollupMember;
import cn.nianbao.review.rollup.RollupResult;
import cn.nianbao.testing.TestData;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** Roll-ups of the corpus: the 2024 reports, and 2023 with the inconsistent 洪泽 report 02. */
class RollupTest {

    private static List<AnnualReport> ofYear(int year) {
        List<AnnualReport> reports = new ArrayList<>();
        for (Path file : TestData.corpusReports()) {
            AnnualReport report = Corpus.read(file);
            if (report.getYear() == year) {
                reports.add(report);
            }
        }
        return reports;
    }

    private static RollupResult rollUp(List<AnnualReport> reports) {
        RollupBuilder builder = new RollupBuilder();
        reports.forEach(r -> builder.add(r, r.getAgencyName()));
        return builder.build();
    }

    @Test
    void rollupOf2024IsTheCellByCellSum() {
        List<AnnualReport> reports = ofYear(2024);
        assertTrue(reports.size() >= 3, "corpus reports of 2024: " + reports.size());
        Map<CellAddress, BigDecimal> expected = new HashMap<>();
        for (AnnualReport report : reports) {
            for (DataTable table : report.getTables()) {
                for (Cell cell : table.getCells()) {
                    if (cell.getValue() != null) {
                        expected.merge(new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn()), cell.getValue(),
                                BigDecimal::add);
                    }
                }
            }
        }
        RollupResult result = rollUp(reports);
        Map<CellAddress, BigDecimal> actual = new HashMap<>();
        for (DataTable table : result.total().getTables()) {
            for (Cell cell : table.getCells()) {
                actual.put(new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn()), cell.getValue());
            }
        }
        assertEquals(expected.size(), actual.size());
        expected.forEach((address, sum) -> assertEquals(0, sum.compareTo(actual.get(address)), address.toString()));
        assertEquals("汇总（" + reports.size() + " 个机关）", result.total().getAgencyName());
        assertEquals(2024, result.total().getYear());

        CellAddress received = new CellAddress("T3", "R01", "C7");
        List<Contribution> contributions = result.contributions(received);
        assertEquals(reports.size(), contributions.size());
        BigDecimal sum = contributions.stream().map(Contribution::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(expected.get(received)));
        assertTrue(contributions.get(0).value().compareTo(contributions.get(contributions.size() - 1).value()) >= 0);
    }

    @Test
    void rollupOfConsistentPartsPassesTheIdentities() {
        RollupResult all = rollUp(ofYear(2024));
        List<AnnualReport> consistent = all.members().stream().filter(m -> !m.inconsistent()).map(RollupMember::report).toList();
        assertTrue(consistent.size() >= 2, "consistent 2024 reports: " + consistent.size());
        RollupResult result = rollUp(consistent);
        List<Diagnostic> errors = new Validator().check(result.total()).stream()
                .filter(d -> d.severity() == Severity.ERROR && d.ruleId().startsWith("SUM-")).toList();
        assertTrue(errors.isEmpty(), () -> errors.toString());
        assertTrue(result.inconsistent().isEmpty());
    }

    @Test
    void inconsistentHongze2023IsListedFirst() {
        List<AnnualReport> reports = new ArrayList<>(ofYear(2023));
        assertTrue(reports.size() >= 2);
        // put 02 last so that the order comes from the check, not from the input
        reports.sort((a, b) -> a.getAgencyName().contains("洪泽") ? 1 : b.getAgencyName().contains("洪泽") ? -1 : 0);
        RollupResult result = rollUp(reports);
        RollupMember first = result.members().get(0);
        assertTrue(first.agency().contains("洪泽"), first.agency());
        assertTrue(first.inconsistent());
        assertTrue(first.brokenRules().containsAll(List.of("SUM-05", "SUM-07")), first.brokenRules().toString());
        assertEquals(1, result.inconsistent().size(), () -> result.inconsistent().toString());
        assertFalse(result.members().get(1).inconsistent());
    }

    @Test
    void blankStaysBlank() {
        AnnualReport a = Corpus.read("05-");
        AnnualReport b = Corpus.read("02-");
        CellAddress unsplit = new CellAddress("T3", "R21_23", "C7");
        RollupResult result = rollUp(List.of(a, b));
        assertNull(cn.nianbao.model.ReportData.value(result.total(), new CellAddress("T3", "R99", "C7")));
        boolean anyHas = cn.nianbao.model.ReportData.value(a, unsplit) != null
                || cn.nianbao.model.ReportData.value(b, unsplit) != null;
        assertEquals(anyHas, cn.nianbao.model.ReportData.value(result.total(), unsplit) != null);
    }

    @Test
    void differentYearsAreRefused() {
        RollupBuilder builder = new RollupBuilder().add(Corpus.read("05-"), "05");
        ReviewException e = assertThrows(ReviewException.class, () -> builder.add(Corpus.read("06-"), "06"));
        assertTrue(e.message(true).contains("2024"), e.message(true));
        assertThrows(ReviewException.class, () -> new RollupBuilder().build());
    }
}
