package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.testing.TestData;

/**
 * {@code nianbao check} on a saved site page judges the deadline by the date the page is stamped with
 * (TIM-01, TIM-02), where before it had no date and said nothing.
 */
class PublishedPageCheckTest {

    private static String page(String name) {
        return TestData.root().resolve("testdata/webpage").resolve(name).toString();
    }

    private static List<JsonObject> findings(CommandRun run, String rule) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(run.out()).getAsJsonArray()) {
            if (element.getAsJsonObject().get("rule").getAsString().equals(rule)) {
                found.add(element.getAsJsonObject());
            }
        }
        return found;
    }

    @Test
    void aPageStampedAfterTheDeadlineIsFoundLate() {
        // 宿迁市's page says 发布时间：2025年4月15日; a 政府's report on 2024 was due by 2025-03-31
        CommandRun run = CommandRun.of("check", page("06-suqian-shi-2024-late.html"), "--format", "json");
        assertTrue(run.exitCode() < 2, run.err());
        List<JsonObject> late = findings(run, "TIM-01");
        assertEquals(1, late.size(), run.out());
        assertTrue(late.get(0).get("message_zh").getAsString().contains("2025-04-15"), late.toString());
        assertTrue(late.get(0).get("message_zh").getAsString().contains("2025-03-31"), late.toString());
    }

    @Test
    void thePageDateIsTheOneTheLocalDeadlineIsCheckedAgainst() {
        // the page's meta tag says 2025-01-20 09:30; its 成文日期 2025-01-15 is not the publication
        CommandRun run = CommandRun.of("check", page("04-huaian-shizhengfu-2024-site.html"), "--deadline", "2025-01-17",
                "--format", "json");
        assertTrue(run.exitCode() < 2, run.err());
        assertEquals(List.of(), findings(run, "TIM-01"), "2025-01-20 is well before 31 March");
        List<JsonObject> local = findings(run, "TIM-02");
        assertEquals(1, local.size(), run.out());
        assertTrue(local.get(0).get("message_en").getAsString().contains("2025-01-20"), local.toString());
    }

    @Test
    void theDateGivenOnTheCommandLineWinsOverThePage() {
        CommandRun run = CommandRun.of("check", page("06-suqian-shi-2024-late.html"), "--published", "2025-01-25",
                "--format", "json");
        assertEquals(List.of(), findings(run, "TIM-01"), run.out());
    }
}
