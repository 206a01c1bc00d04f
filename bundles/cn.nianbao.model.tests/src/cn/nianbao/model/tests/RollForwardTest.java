package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.BlankReport;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.RollForward;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;

/** Next year's report from last year's: who and when, the carried-over requests, nothing else. */
class RollForwardTest {

    private static final String[] COLUMNS = { "C1", "C2", "C3", "C4", "C5", "C6", "C7" };

    @Test
    void takesAgencyLevelAndTheYearAfter() {
        AnnualReport next = RollForward.from(lastYear());
        assertEquals("宿迁市人民政府", next.getAgencyName());
        assertEquals(AgencyLevel.values()[1], next.getAgencyLevel());
        assertEquals(2024, next.getYear());
        assertEquals(FormatCatalogue.versionForYear(2024), next.getTemplateVersion());
    }

    @Test
    void carriedOverEqualsLastYearsCarriedForwardInEveryColumn() {
        AnnualReport previous = lastYear();
        AnnualReport next = RollForward.from(previous);
        for (String column : COLUMNS) {
            assertEquals(ReportData.value(previous, t3("R25", column)), ReportData.value(next, t3("R02", column)), column);
        }
        assertEquals(new BigDecimal("121"), ReportData.value(next, t3("R02", "C7")));
    }

    @Test
    void everythingElseIsBlank() {
        AnnualReport previous = lastYear();
        AnnualReport next = RollForward.from(previous);
        TableLayout t3 = FormatCatalogue.template(next.getTemplateVersion()).table("T3");
        for (CellAddress cell : FormatCatalogue.template(next.getTemplateVersion()).cells()) {
            if (!(cell.table().equals(t3.id()) && cell.row().equals("R02"))) {
                assertNull(ReportData.value(next, cell), cell.toString());
            }
        }
        next.getSections().forEach(section -> assertEquals("", section.getBody(), section.getKey()));
    }

    @Test
    void lastYearsDocumentsInForceAreTheBaseOfTable2() {
        AnnualReport previous = lastYear();
        Map<CellAddress, BigDecimal> base = RollForward.inForceLastYear(previous, RollForward.from(previous));
        assertEquals(Map.of(new CellAddress("T2", "REG", "IN_FORCE"), new BigDecimal("11"),
                new CellAddress("T2", "NORM", "IN_FORCE"), new BigDecimal("597")), base);
    }

    /** A 2023 report with the figures of 宿迁市 2023 where the roll-forward looks, and others where it must not. */
    private static AnnualReport lastYear() {
        AnnualReport report = BlankReport.create("宿迁市人民政府", AgencyLevel.values()[1], 2023);
        for (int i = 0; i < COLUMNS.length; i++) {
            ReportData.setValue(report, t3("R25", COLUMNS[i]), new BigDecimal(i == 6 ? 121 : 10 + i));
            ReportData.setValue(report, t3("R01", COLUMNS[i]), new BigDecimal(500 + i));
        }
        ReportData.setValue(report, new CellAddress("T2", "REG", "IN_FORCE"), new BigDecimal("11"));
        ReportData.setValue(report, new CellAddress("T2", "NORM", "IN_FORCE"), new BigDecimal("597"));
        ReportData.setValue(report, new CellAddress("T2", "REG", "ISSUED"), new BigDecimal("2"));
        report.getSections().get(0).setBody("上年的文字");
        return report;
    }

    private static CellAddress t3(String row, String column) {
        return new CellAddress("T3", row, column);
    }
}
