package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.testing.TestData;

/**
 * {@code nianbao intake} and {@code rollup --roster} over a repository holding the 2024 reports of 淮安市,
 * 洪泽区 and 宝鸡市科技局, with the sample roster of 淮安市 (testdata/roster/huaian.csv). The reports were
 * imported today, after every 2024 deadline: they are all late.
 */
class IntakeCommandTest {

    @TempDir
    Path dir;

    private String data;

    @BeforeEach
    void importReports() throws Exception {
        data = dir.resolve("data").toString();
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (String prefix : new String[] { "03-", "04-", "000-" }) {
            Path report = TestData.corpus(prefix);
            Files.copy(report, reports.resolve(report.getFileName()));
        }
        CommandRun imported = CommandRun.of("repo", "import", reports.toString(), "--data", data);
        assertEquals(0, imported.exitCode(), imported.err());
    }

    private static String roster() {
        return TestData.root().resolve("testdata/roster/huaian.csv").toString();
    }

    @Test
    void theTextListSaysWhoIsLateWhoIsOverdueAndWhatMatchesNoUnit() {
        CommandRun run = CommandRun.inLanguage("zh", "intake", "--year", "2024", "--roster", roster(), "--region",
                "淮安市", "--today", "2025-02-10", "--data", data);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("已导入单位名单：淮安市 共 6 个单位；部门、乡镇街道截止 01-31，政府本级年报截止 03-31"), run.err());
        String out = run.out();
        assertTrue(out.startsWith("淮安市 2024 年度报告报送情况（截至 2025-02-10）\n"), out);
        assertTrue(out.contains("\n✗ 淮安市人民政府  本级政府  截止 2025-03-31（还有 49 天）  逾期报送 "), out);
        assertTrue(out.contains("\n✗ 洪泽区人民政府  下级政府  截止 2025-03-31（还有 49 天）  逾期报送 "), out);
        assertTrue(out.contains("\n✗ 淮安市财政局  部门  截止 2025-01-31（已过 10 天）  逾期未报\n"), out);
        assertTrue(out.contains("\n· 涟水县人民政府  下级政府  截止 2025-03-31（还有 49 天）  尚未报送\n"), out);
        assertTrue(out.contains("\n? 宝鸡市科学技术局 的年报未能对应到名单中的单位\n"), out);
        assertTrue(out.contains("共 6 个单位：按时报送 0，逾期报送 2，尚未报送 1，逾期未报 3，重复 0；未能对应的年报 1 份"), out);
    }

    @Test
    void aReportsWorkflowStatusIsWordedInTheUsersLanguage() {
        for (String status : new String[] { "DRAFT", "SUBMITTED", "RETURNED" }) {
            CommandRun step = CommandRun.of("repo", "status", "--agency", "淮安市洪泽区人民政府", "--year", "2024", status,
                    "--data", data);
            assertEquals(0, step.exitCode(), step.err());
        }
        String[] intake = { "intake", "--year", "2024", "--roster", roster(), "--region", "淮安市", "--today",
                "2025-02-10", "--data", data };
        String en = CommandRun.inLanguage("en", intake).out();
        String zh = CommandRun.inLanguage("zh", intake).out();
        assertTrue(en.lines().anyMatch(l -> l.contains("洪泽区人民政府") && l.contains("  returned  ")), en);
        assertTrue(zh.lines().anyMatch(l -> l.contains("洪泽区人民政府") && l.contains("  已退回  ")), zh);
        assertTrue(en.lines().anyMatch(l -> l.contains("淮安市人民政府  ") && l.contains("  published  ")), en);
    }

    @Test
    void csvAndJsonCarryCodesTheRosterIsKeptAndBeforeTheDeadlineNobodyIsOverdue() throws Exception {
        assertEquals(1, CommandRun.of("intake", "--year", "2024", "--roster", roster(), "--region", "淮安市",
                "--data", data, "--today", "2025-01-20").exitCode());
        Path csv = dir.resolve("intake.csv");
        CommandRun run = CommandRun.of("intake", "--year", "2024", "--today", "2025-01-20", "--format", "csv", "-o",
                csv.toString(), "--data", data);
        assertEquals(1, run.exitCode(), run.err());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("kind,unit,level,parent,contact,due,days_left,submission,report_agency,status,"
                + "submitted,revisions,errors,warnings,return_rounds,duplicated\r\n"), text);
        assertTrue(text.contains("\r\nUNIT,涟水县人民政府,SUBREGION,淮安市人民政府,,2025-03-31,70,NOT_SUBMITTED,,,,,,,,false\r\n"), text);
        assertTrue(text.contains("\r\nUNIT,洪泽区人民政府,SUBREGION,淮安市人民政府,洪泽区政府办公室,2025-03-31,70,LATE,淮安市洪泽区人民政府,PUBLISHED,"), text);
        assertTrue(text.endsWith("\r\nUNMATCHED,,,,,,,,宝鸡市科学技术局,,,,,,,\r\n"), text);

        CommandRun json = CommandRun.of("intake", "--year", "2024", "--today", "2025-01-20", "--format", "json",
                "--data", data);
        assertTrue(json.out().contains("\"unit\": \"淮安市教育局\",\n      \"level\": \"DEPARTMENT\""), json.out());
        assertTrue(json.out().contains("\"daysLeft\": 11,\n      \"submission\": \"NOT_SUBMITTED\""), json.out());
        assertTrue(json.out().contains("\"unmatched\": [\n    \"宝鸡市科学技术局\"\n  ]"), json.out());
    }

    @Test
    void aRosterWithABadRowIsRefusedWithItsRowAndNothingIsKept() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "单位名称,级别\n淮安市财政局,部门\n淮安市文旅局,局属单位\n");
        CommandRun run = CommandRun.inLanguage("zh", "intake", "--year", "2024", "--roster", bad.toString(),
                "--region", "淮安市", "--data", data);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("第 3 行：级别\"局属单位\"不是以下之一"), run.err());
        CommandRun after = CommandRun.of("intake", "--year", "2024", "--data", data, "--lang", "en");
        assertEquals(2, after.exitCode());
        assertTrue(after.err().contains("the repository has no roster yet"), after.err());
    }

    @Test
    void theRegionRollupCountsTheMembersThatAddUpAndSaysWhoIsLeftOut() throws Exception {
        CommandRun.of("intake", "--year", "2024", "--roster", roster(), "--region", "淮安市", "--data", data);
        Path out = dir.resolve("region.csv");
        CommandRun run = CommandRun.inLanguage("zh", "rollup", "--year", "2024", "--roster", "淮安市", "--set", "region",
                "--data", data, "-o", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("✓ 淮安市洪泽区人民政府  淮安市洪泽区人民政府 2024 r1\n"), run.out());
        assertTrue(run.out().contains("– 淮安市财政局  未计入：本年度没有年报\n"), run.out());
        assertTrue(!run.out().contains("– 淮安市人民政府 "), "the government's own report is the aggregate, not a member");
        assertTrue(run.out().contains("已计入 1 份年报，未计入 4 个单位"), run.out());
        assertTrue(Files.readString(out).contains("T3,R01,C7,95"), "洪泽 2024 alone: 95 new requests");
    }
}
