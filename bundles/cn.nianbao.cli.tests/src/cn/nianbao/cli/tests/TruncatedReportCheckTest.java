package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.testing.TestData;

/**
 * Reports as reviewers find them cut short: a copy that stops inside table 三 after row （三）6, and a page
 * with the title and 一、总体情况 only. Both are read and checked (STR findings), not refused; a missing
 * cell is unknown, so the identities that need one say once that they cannot be checked instead of
 * reporting "8 + 0 ≠ 0 + 0".
 */
class TruncatedReportCheckTest {

    private static Path fixture(String name) {
        return TestData.root().resolve("testdata").resolve("truncated").resolve(name);
    }

    private static List<JsonObject> findings(CommandRun run) {
        List<JsonObject> all = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(run.out()).getAsJsonArray()) {
            all.add(element.getAsJsonObject());
        }
        return all;
    }

    private static List<JsonObject> of(List<JsonObject> findings, String severity) {
        return findings.stream().filter(f -> f.get("severity").getAsString().equals(severity)).toList();
    }

    @Test
    void aReportCutInsideTableThreeGivesStructureErrorsAndNoIdentityError() {
        CommandRun run = CommandRun.of("check", fixture("06-suqian-shi-2024-cut-in-table3.txt").toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        List<JsonObject> findings = findings(run);
        List<String> errors = of(findings, "ERROR").stream().map(f -> f.get("rule").getAsString()).toList();
        assertTrue(errors.contains("STR-02"), errors.toString());
        assertFalse(errors.stream().anyMatch(r -> r.startsWith("SUM-")), "a missing cell is not 0: " + errors);
        List<JsonObject> cannotCheck = of(findings, "INFO").stream()
                .filter(f -> f.get("message_en").getAsString().startsWith("Cannot check: rows")).toList();
        Map<String, Long> perRule = cannotCheck.stream().collect(Collectors.groupingBy(f -> f.get("rule").getAsString(), Collectors.counting()));
        assertTrue(perRule.containsKey("SUM-01"), "一 + 二 = 三（七）+ 四 needs rows 三（七） and 四: " + perRule);
        assertTrue(perRule.values().stream().allMatch(n -> n == 1), "once per rule: " + perRule);
        JsonObject sum01 = cannotCheck.stream().filter(f -> f.get("rule").getAsString().equals("SUM-01")).findFirst().orElseThrow();
        assertTrue(sum01.get("message_zh").getAsString().startsWith("无法核对："), sum01.toString());
        assertTrue(sum01.get("message_zh").getAsString().contains("（七）"), sum01.toString());
    }

    @Test
    void aPageWithTheTitleAndSectionOneOnlyIsCheckedNotRefused() {
        CommandRun run = CommandRun.of("check", fixture("06-suqian-shi-2024-section-one-only.txt").toString(), "--format", "json");
        assertEquals(1, run.exitCode(), "read and checked, not refused with exit 2: " + run.err());
        Map<String, JsonObject> errors = of(findings(run), "ERROR").stream()
                .collect(Collectors.toMap(f -> f.get("rule").getAsString(), Function.identity(), (a, b) -> a));
        assertTrue(errors.containsKey("STR-01"), "sections 二 to 六 are missing: " + errors.keySet());
        assertTrue(errors.containsKey("STR-02"), "the tables are missing: " + errors.keySet());
        assertFalse(errors.keySet().stream().anyMatch(r -> r.startsWith("SUM-")), errors.keySet().toString());
    }

    @Test
    void textThatNamesNoAnnualReportIsStillRefused() throws Exception {
        Path notice = java.nio.file.Files.createTempFile("notice", ".txt");
        java.nio.file.Files.writeString(notice, "关于开展政务公开培训的通知\n\n一、总体情况\n各单位要高度重视。\n");
        CommandRun run = CommandRun.of("check", notice.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("not an annual report"), run.err());
    }
}
