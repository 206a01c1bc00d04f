package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.testing.TestData;

/** {@code nianbao score} on the corpus, as a 公开办 runs it in January. */
class ScoreCommandTest {

    private static String corpus(String prefix) {
        return TestData.corpus(prefix).toString();
    }

    @Test
    void aDepartmentsReportOnTheSuqianSheet() {
        CommandRun run = CommandRun.inLanguage("en", "score", corpus("000-"));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("宝鸡市科学技术局 2024 (" + corpus("000-") + "): 1 / 1", lines.get(0));
        assertTrue(lines.get(1).startsWith("  ? 0.5  SQ-DEP-A-005 TIM-01: No publication date is recorded"), lines.get(1));
        assertTrue(lines.get(1).endsWith("(a WARNING or INFO: a person decides)"), lines.get(1));
        assertEquals("  ?     SQ-DEP-B-049 Problems named in a notice of the General Office of the State Council or of"
                + " the province: for a person to score (not visible in the report)", lines.get(2));
        assertEquals("1 report(s) scored on Suqian open-government assessment rules (departments): the items on the"
                + " annual report; 0 lost points; 2 line(s) for a person to judge", lines.get(3));
    }

    @Test
    void theCorpusFolderAsJsonWithItsFindingsForAPerson() {
        CommandRun run = CommandRun.of("score", TestData.corpusDir().toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonArray units = JsonParser.parseString(run.out()).getAsJsonArray();
        assertEquals(6, units.size(), "the six reports of the folder, not its .expected.tsv files");
        JsonObject hongze = unit(units, "02-hongze-quzhengfu-2023");
        assertEquals("洪泽区人民政府", hongze.get("unit").getAsString());
        assertEquals(1, hongze.get("score").getAsInt(), "SUM-05/07 are data anomalies: a person decides");
        assertEquals(0, hongze.getAsJsonArray("deductions").size());
        List<String> person = new ArrayList<>();
        for (JsonElement line : hongze.getAsJsonArray("for_person")) {
            JsonObject l = line.getAsJsonObject();
            person.add(l.get("item").getAsString() + " " + (l.get("rule").isJsonNull() ? "-" : l.get("rule").getAsString())
                    + " " + (l.get("points").isJsonNull() ? "-" : l.get("points").getAsString()) + " "
                    + l.get("reason").getAsString());
        }
        assertEquals(List.of("SQ-DEP-A-005 SUM-05 0.5 not_automatic", "SQ-DEP-A-005 SUM-07 0.5 not_automatic",
                "SQ-DEP-A-005 TIM-01 0.5 uncertain", "SQ-DEP-B-048 KPI-01 2 uncertain", "SQ-DEP-B-049 - - manual"), person);
        JsonObject kpi = hongze.getAsJsonArray("for_person").get(3).getAsJsonObject();
        assertEquals("{\"table\":\"T4\",\"row\":\"REVIEW\",\"column\":\"CORRECTED\"}",
                kpi.getAsJsonArray("cells").get(0).toString());
        assertEquals("分析行政复议纠错、行政诉讼败诉案件原因，规范依申请公开办理。", kpi.get("remedy_zh").getAsString());
    }

    @Test
    void aLocalSheetThatDeductsForErrorsEndsWithOneAndWritesTheNotice(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("local.json");
        Files.writeString(pack, """
                {"id": "local", "name": {"zh": "本地细则", "en": "Local sheet"}, "source": "ScoreCommandTest",
                 "items": [{"id": "DATA", "title": {"zh": "数据准确", "en": "Data"}, "points": 2,
                            "deductions": [{"rules": ["SUM-*"], "points": 0.5}]}]}
                """, StandardCharsets.UTF_8);
        Path notice = dir.resolve("通报.xlsx");
        CommandRun run = CommandRun.inLanguage("zh", "score", "--sheet", pack.toString(), corpus("02-"), corpus("04-"),
                "-o", notice.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("洪泽区人民政府 2023（" + corpus("02-") + "）：1 / 2\n  - 0.5  DATA SUM-05："),
                run.out());
        assertTrue(run.out().contains("淮安市人民政府 2024（" + corpus("04-") + "）：2 / 2\n"), run.out());
        byte[] written = Files.readAllBytes(notice);
        assertEquals("PK", new String(written, 0, 2, StandardCharsets.US_ASCII), "an .xlsx is a zip");
    }

    @Test
    void csvHasTheDocumentedHeader() {
        CommandRun run = CommandRun.of("score", corpus("04-"), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("unit,year,source,sheet,score,maximum,item,rule,severity,treatment,reason,points,cells,evidence_zh,"
                + "evidence_en", lines.get(0));
        assertTrue(lines.get(1).startsWith("淮安市人民政府,2024," + corpus("04-") + ",suqian-dept,1,1,SQ-DEP-A-005,TIM-01,INFO,"
                + "person,uncertain,0.5,,"), lines.get(1));
    }

    @Test
    void aBrokenSheetIsNamedWithItsLineAndNothingIsScored(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("broken.json");
        Files.writeString(pack, "{\"id\": \"x\",\n \"name\": {\"zh\": \"甲\" \"en\": \"A\"}}\n", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.inLanguage("zh", "score", "--sheet", pack.toString(), corpus("04-"));
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("nianbao：score：" + pack + "，第 2 行：此处不是有效的 JSON"), run.err());
        assertEquals(2, CommandRun.of("score", "--sheet", "no-such-sheet", corpus("04-")).exitCode());
        assertEquals(2, CommandRun.of("score").exitCode(), "nothing to score");
    }

    private static JsonObject unit(JsonArray units, String file) {
        for (JsonElement unit : units) {
            if (unit.getAsJsonObject().get("source").getAsString().endsWith(file + ".txt")) {
                return unit.getAsJsonObject();
            }
        }
        throw new AssertionError("no unit of " + file + " in " + units);
    }
}
