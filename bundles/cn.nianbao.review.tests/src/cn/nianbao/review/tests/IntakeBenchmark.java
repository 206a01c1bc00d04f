package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.intake.IntakeBuilder;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.IntakeSource;
import cn.nianbao.review.intake.RosterReports;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/**
 * Not a test: runs only with {@code -Dnianbao.benchmark=true} and fails on no number. The intake list of a
 * roster of 1,000 units over a repository (H2) holding 900 reports of the year: loading the latest revisions,
 * then matching and checking every one with all rules. Three rounds; wall clock and the thread's CPU time.
 * Writes target/intake-benchmark.txt.
 */
class IntakeBenchmark {

    private static final int UNITS = 1000;
    private static final int REPORTED = 900;

    @Test
    void intakeOfAThousandUnits(@TempDir Path data) throws Exception {
        if (!Boolean.getBoolean("nianbao.benchmark")) {
            return; // not asked for
        }
        List<AnnualReport> templates = List.of(Corpus.read("000-"), Corpus.read("03-"), Corpus.read("04-"),
                Corpus.read("06-"));
        List<RosterUnit> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(new RosterUnit("测试县第" + i + "局", i % 10 == 0 ? UnitLevel.TOWNSHIP : UnitLevel.DEPARTMENT,
                    "测试县人民政府", null));
        }
        Roster roster = new Roster("测试县", units, MonthDay.of(1, 31), MonthDay.of(3, 31));
        try (ReportRepository repository = ReportRepository.open(data)) {
            repository.saveRoster(roster);
            for (int i = 0; i < REPORTED; i++) {
                AnnualReport copy = EcoreUtil.copy(templates.get(i % templates.size()));
                copy.setAgencyName("测试县第" + i + "局");
                repository.saveRevision(copy, "benchmark", null);
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        StringBuilder text = new StringBuilder();
        IntakeList list = null;
        for (int round = 1; round <= 3; round++) {
            try (ReportRepository repository = ReportRepository.open(data)) {
                long wall0 = System.nanoTime();
                long cpu0 = cpu.getCurrentThreadCpuTime();
                Roster stored = repository.roster("测试县").orElseThrow();
                RosterReports reports = new IntakeSource(repository, ZoneId.systemDefault()).reportsOf(2024, stored);
                long wall1 = System.nanoTime();
                long cpu1 = cpu.getCurrentThreadCpuTime();
                list = new IntakeBuilder().build(stored, 2024,
                        LocalDate.of(2025, 2, 10), reports);
                long wall2 = System.nanoTime();
                long cpu2 = cpu.getCurrentThreadCpuTime();
                text.append(String.format(Locale.ROOT,
                        "round %d: load %d reports %.0f ms (cpu %.0f ms), match+check %.0f ms (cpu %.0f ms)%n", round,
                        reports.onRoster().size(), (wall1 - wall0) / 1e6, (cpu1 - cpu0) / 1e6, (wall2 - wall1) / 1e6,
                        (cpu2 - cpu1) / 1e6));
            }
        }
        assertEquals(UNITS, list.entries().size());
        System.out.print(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/intake-benchmark.txt"), text, StandardCharsets.UTF_8);
    }
}
