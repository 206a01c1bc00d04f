package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.rollup.LeftOut;
import cn.nianbao.review.rollup.MemberSet;
import cn.nianbao.review.rollup.RollupMember;
import cn.nianbao.review.rollup.RosterRollup;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/**
 * The 本级 and 本行政区域 roll-ups of a 淮安市 roster over 2024 corpus reports (AGG-01, AGG-04): the
 * government's own report is never a member, a unit without a report or whose figures do not add up is left
 * out with why, and the total is the sum of the counted members only.
 */
class RosterRollupTest {

    private static final CellAddress NEW_REQUESTS = new CellAddress("T3", "R01", "C7");

    private static final Roster ROSTER = new Roster("淮安市", List.of(
            new RosterUnit("淮安市人民政府", UnitLevel.GOVERNMENT, null, null),
            new RosterUnit("淮安市科学技术局", UnitLevel.DEPARTMENT, null, null),
            new RosterUnit("淮安市审计局", UnitLevel.DEPARTMENT, null, null),
            new RosterUnit("淮安市教育局", UnitLevel.DEPARTMENT, null, null),
            new RosterUnit("洪泽区人民政府", UnitLevel.SUBREGION, null, null)), MonthDay.of(1, 31), MonthDay.of(3, 31));

    private static SourcedReport report(String corpus, String agency) {
        AnnualReport report = Corpus.read(corpus);
        report.setAgencyName(agency);
        return new SourcedReport(agency, report);
    }

    private static List<SourcedReport> reports() {
        SourcedReport audit = report("000-baoji-kejiju-2024", "淮安市审计局");
        audit.report().getTables().forEach(t -> t.getCells().forEach(c -> c.setValue(BigDecimal.ONE)));
        return List.of(report("04-huaian-shizhengfu-2024", "淮安市人民政府"),
                report("000-baoji-kejiju-2024", "淮安市科学技术局"), audit,
                report("03-hongze-quzhengfu-2024", "淮安市洪泽区人民政府"));
    }

    @Test
    void theOwnLevelCountsTheDepartmentsThatAddUp() {
        RosterRollup.Result result = new RosterRollup().build(ROSTER, MemberSet.LOCAL, reports());
        assertEquals(List.of("淮安市科学技术局"), result.rollup().members().stream().map(RollupMember::agency).toList());
        assertEquals(2, result.leftOut().size());
        assertEquals("淮安市审计局", result.leftOut().get(0).unit().name());
        assertEquals(LeftOut.Reason.INCONSISTENT, result.leftOut().get(0).reason());
        assertEquals(LeftOut.Reason.NO_REPORT, result.leftOut().get(1).reason());
        assertEquals(0, new BigDecimal("1").compareTo(ReportData.value(result.rollup().total(), NEW_REQUESTS)),
                "宝鸡 2024 as 科学技术局: 1 new request");
    }

    @Test
    void theWholeRegionAddsTheCountiesButNeverTheGovernmentsOwnReport() {
        RosterRollup.Result result = new RosterRollup().build(ROSTER, MemberSet.REGION, reports());
        assertEquals(java.util.Set.of("淮安市科学技术局", "淮安市洪泽区人民政府"),
                java.util.Set.copyOf(result.rollup().members().stream().map(RollupMember::agency).toList()));
        assertEquals(0, new BigDecimal("96").compareTo(ReportData.value(result.rollup().total(), NEW_REQUESTS)),
                "1 + 95 (洪泽 2024); 淮安市's own 3119-odd requests are not added");
    }
}
