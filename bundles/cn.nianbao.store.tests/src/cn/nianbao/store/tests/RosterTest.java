package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/** A region's roster and its local deadlines are kept, replaced as a whole and read back, on both back ends. */
@ParameterizedClass
@EnumSource(Backend.class)
class RosterTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @Test
    void aRosterIsKeptInItsOrderWithItsDeadlinesAndReplacedAsAWhole() throws Exception {
        Roster first = new Roster("新野县", List.of(
                new RosterUnit("新野县人民政府", UnitLevel.GOVERNMENT, null, null),
                new RosterUnit("新野县教育局", UnitLevel.DEPARTMENT, "新野县人民政府", "王五 0377-1234"),
                new RosterUnit("新野县汉城街道办事处", UnitLevel.TOWNSHIP, "新野县人民政府", null)),
                MonthDay.of(1, 20), MonthDay.of(3, 31));
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRoster(first);
            repo.saveRoster(new Roster("宿迁市", List.of(new RosterUnit("宿迁市财政局", UnitLevel.DEPARTMENT, null, null)),
                    MonthDay.of(1, 31), MonthDay.of(3, 31)));
        }
        try (ReportRepository again = backend.open(data)) {
            Roster read = again.roster("新野县").orElseThrow();
            assertEquals(first, read);
            assertEquals(LocalDate.of(2025, 1, 20), read.due(UnitLevel.TOWNSHIP, 2024));
            assertEquals(LocalDate.of(2025, 3, 31), read.due(UnitLevel.GOVERNMENT, 2024));
            assertEquals(List.of("宿迁市", "新野县"), again.rosterRegions());

            again.saveRoster(new Roster("新野县", List.of(new RosterUnit("新野县财政局", UnitLevel.DEPARTMENT, null, null)),
                    MonthDay.of(2, 20), MonthDay.of(3, 31)));
            Roster replaced = again.roster("新野县").orElseThrow();
            assertEquals(List.of("新野县财政局"), replaced.units().stream().map(RosterUnit::name).toList());
            assertEquals(MonthDay.of(2, 20), replaced.unitDue());
            assertTrue(again.roster("南阳市").isEmpty());
            assertTrue(again.verify().ok(), "a roster lies beside the chain");
        }
    }
}
