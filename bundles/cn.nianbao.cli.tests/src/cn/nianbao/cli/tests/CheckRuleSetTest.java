package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.testing.TestData;

/** check --previous / --deadline, the accepted field, rules' handling, and the hidden bench-check. */
class CheckRuleSetTest {

    @Test
    void yearAgainstYearHoldsForHongzeAndSuqian() {
        for (String[] pair : new String[][] { { "03-", "02-" }, { "06-", "05-" } }) {
            CommandRun run = CommandRun.of("check", TestData.corpus(pair[0]).toString(), "--previous",
                    TestData.corpus(pair[1]).toString(), "--format", "json");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            JsonArray all = JsonParser.parseString(run.out()).getAsJsonArray();
            for (JsonElement e : all) {
                String rule = e.getAsJsonObject().get("rule").getAsString();
                assertFalse(rule.equals("XY-01") || rule.equals("XY-02") || rule.equals("XY-03"), run.out());
            }
        }
    }

    @Test
    void hongze2024FlagsTheNarrowerProseFigureAsInfoWithFormulaAndAccepted() {
        CommandRun run = CommandRun.of("check", TestData.corpus("03-").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject xs01 = null;
        for (JsonElement e : JsonParser.parseString(run.out()).getAsJsonArray()) {
            if (e.getAsJsonObject().get("rule").getAsString().equals("XS-01")) {
                xs01 = e.getAsJsonObject();
            }
        }
        assertEquals("INFO", xs01.get("severity").getAsString());
        assertEquals("17", xs01.get("actual").getAsString());
        assertTrue(xs01.get("formula").getAsString().contains("17 ≠ 表三 95"), xs01.toString());
        assertTrue(xs01.has("accepted") && xs01.get("accepted").isJsonNull(), xs01.toString());
    }

    @Test
    void deadlineAndPreviousAreValidated() {
        assertEquals(2, CommandRun.of("check", TestData.seed().toString(), "--deadline", "2025-13-01").exitCode());
        assertEquals(2, CommandRun.of("check", TestData.seed().toString(), "--previous", "/no/such/file.txt").exitCode());
        assertEquals(0, CommandRun.of("check", TestData.seed().toString(), "--deadline", "2025-01-28").exitCode());
    }

    @Test
    void everyRuleIsImplementedOrSaysHowItIsHandled() {
        CommandRun run = CommandRun.of("rules", "--format", "json");
        JsonArray rules = JsonParser.parseString(run.out()).getAsJsonArray();
        assertEquals(48, rules.size());
        for (JsonElement e : rules) {
            JsonObject rule = e.getAsJsonObject();
            assertTrue(rule.get("implemented").getAsBoolean(), rule.toString());
            assertTrue(rule.has("handling"), rule.toString());
        }
        assertTrue(CommandRun.of("rules").out().contains("(design note)"));
    }

    @Test
    void theEvaluatorsChecksAreListedWithSeverityAndBothLanguages() {
        JsonArray rules = JsonParser.parseString(CommandRun.of("rules", "--format", "json").out()).getAsJsonArray();
        java.util.Map<String, JsonObject> byId = new java.util.HashMap<>();
        for (JsonElement e : rules) {
            byId.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
        }
        java.util.Map<String, String> severities = java.util.Map.of("STR-01b", "WARNING", "STR-08", "WARNING", "STR-09",
                "WARNING", "STR-10", "WARNING", "XS-09", "WARNING", "XS-10", "WARNING", "XS-11", "WARNING", "XY-05",
                "WARNING", "KPI-01", "INFO", "PLA-04", "WARNING");
        severities.forEach((id, severity) -> {
            JsonObject rule = byId.get(id);
            assertTrue(rule != null, id);
            assertEquals(severity, rule.get("severity").getAsString(), id);
            assertEquals("code", rule.get("handling").getAsString(), id);
            assertFalse(rule.get("description_zh").getAsString().isBlank() || rule.get("description_en").getAsString().isBlank(), id);
        });
        String text = CommandRun.of("rules").out();
        assertTrue(text.lines().anyMatch(line -> line.startsWith("KPI-01  INFO")), text);
    }

    @Test
    void benchCheckRunsOnTheCorpus() {
        CommandRun run = CommandRun.of("bench-check", TestData.corpusDir().toString(), "--count", "60");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("reports/s") && run.out().contains("live re-check"), run.out());
    }
}
