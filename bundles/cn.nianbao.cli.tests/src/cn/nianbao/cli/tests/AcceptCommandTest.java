package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/**
 * {@code nianbao accept} as a reviewer types it: the seed's TYP-03 warning (blank cells) accepted with a
 * reason, seen as accepted by {@code check}, gone when one of its cells is filled, revoked; and the refusals.
 */
class AcceptCommandTest {

    private static final String REASON = "本机关无此类申请，按惯例留空";

    @Test
    void anAcceptedWarningStaysAcceptedUntilOneOfItsCellsChanges(@TempDir Path dir) throws Exception {
        Path file = nativeSeed(dir);

        CommandRun run = CommandRun.of("accept", file.toString(), "TYP-03", "--reason", REASON, "--author", "张三");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("TYP-03") && run.out().contains(REASON), run.out());
        JsonObject accepted = typ03(file).getAsJsonObject("accepted");
        assertEquals(REASON, accepted.get("reason").getAsString());
        assertEquals("张三", accepted.get("author").getAsString());
        assertEquals(0, CommandRun.of("check", file.toString()).exitCode(), "a warning never made the check fail");

        // 一、本年新收 / 商业企业 is blank in the seed: one of TYP-03's cells; 0 written into it changes the finding
        AnnualReport report = NativeFormat.read(file);
        CellAddress blank = new CellAddress("T3", "R01", "C2");
        assertNull(ReportData.value(report, blank), "the seed leaves it blank");
        ReportData.setValue(report, blank, BigDecimal.ZERO);
        NativeFormat.write(report, file);
        assertTrue(typ03(file).get("accepted").isJsonNull(), "a cell of the finding changed: open again");
    }

    @Test
    void revokeTakesTheAcceptanceBack(@TempDir Path dir) throws Exception {
        Path file = nativeSeed(dir);
        assertEquals(0, CommandRun.of("accept", file.toString(), "TYP-03", "--reason", REASON).exitCode());

        CommandRun revoke = CommandRun.inLanguage("zh", "accept", "--revoke", file.toString(), "TYP-03");

        assertEquals(0, revoke.exitCode(), revoke.err());
        assertTrue(revoke.out().contains("已撤销"), revoke.out());
        assertTrue(typ03(file).get("accepted").isJsonNull());
        CommandRun again = CommandRun.of("accept", "--revoke", file.toString(), "TYP-03");
        assertEquals(1, again.exitCode(), "nothing left to revoke");
    }

    @Test
    void anErrorCannotBeAcceptedAndAPublishedTextNeedsAnOutput(@TempDir Path dir) throws Exception {
        Path hongze = TestData.corpus("02");
        CommandRun text = CommandRun.of("accept", hongze.toString(), "LBL-01", "--reason", "x");
        assertEquals(2, text.exitCode());
        assertTrue(text.err().contains("-o"), text.err());

        Path out = dir.resolve("hongze.nianbao");
        CommandRun error = CommandRun.inLanguage("zh", "accept", hongze.toString(), "SUM-05", "--reason", "x", "-o", out.toString());
        assertEquals(1, error.exitCode());
        assertTrue(error.err().contains("错误必须改正"), error.err());
        assertFalse(Files.exists(out), "nothing is written when nothing was accepted");
    }

    @Test
    void aReasonIsRequiredAndACellMustBeACell(@TempDir Path dir) throws Exception {
        Path file = nativeSeed(dir);
        byte[] before = Files.readAllBytes(file);
        CommandRun noReason = CommandRun.of("accept", file.toString(), "TYP-03");
        assertEquals(2, noReason.exitCode());
        assertTrue(noReason.err().contains("--reason"), noReason.err());
        CommandRun badCell = CommandRun.of("accept", file.toString(), "TYP-03", "--cell", "R01", "--reason", REASON);
        assertEquals(2, badCell.exitCode());
        assertTrue(badCell.err().contains("T3/R01/C2"), badCell.err());
        CommandRun none = CommandRun.of("accept", file.toString(), "SUM-01", "--reason", REASON);
        assertEquals(1, none.exitCode(), "the seed has no SUM-01 finding");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "a refused accept leaves the file alone");
    }

    private static Path nativeSeed(Path dir) throws Exception {
        Path file = dir.resolve("seed.nianbao");
        NativeFormat.write(ReportReader.read(TestData.seed()).report(), file);
        return file;
    }

    private static JsonObject typ03(Path file) {
        CommandRun check = CommandRun.of("check", file.toString(), "--format", "json");
        JsonArray findings = JsonParser.parseString(check.out()).getAsJsonArray();
        for (JsonElement finding : findings) {
            if ("TYP-03".equals(finding.getAsJsonObject().get("rule").getAsString())) {
                return finding.getAsJsonObject();
            }
        }
        throw new AssertionError("no TYP-03 in " + check.out());
    }
}
