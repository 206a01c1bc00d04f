package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** {@code nianbao new --from LAST -o NEW.nianbao} on 宿迁市 2023, the commonest start of an officer's year. */
class NewCommandTest {

    private static final List<String> COLUMNS = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7");

    @Test
    void startsTheNextYearWithLastYearsCarriedForwardAndXy01Holds(@TempDir Path dir) throws Exception {
        Path last = TestData.corpus("05-suqian");
        Path next = dir.resolve("suqian-2024.nianbao");

        CommandRun run = CommandRun.of("new", "--from", last.toString(), "-o", next.toString());

        assertEquals(0, run.exitCode(), run.err());
        AnnualReport previous = ReportReader.read(last).report();
        AnnualReport created = NativeFormat.read(next);
        assertEquals(2024, created.getYear());
        assertEquals(previous.getAgencyName(), created.getAgencyName());
        assertEquals(previous.getAgencyLevel(), created.getAgencyLevel());
        List<String> expected = List.of("118", "3", "0", "0", "0", "0", "121");
        for (int i = 0; i < COLUMNS.size(); i++) {
            BigDecimal carried = ReportData.value(created, new CellAddress("T3", "R02", COLUMNS.get(i)));
            assertEquals(ReportData.value(previous, new CellAddress("T3", "R25", COLUMNS.get(i))), carried, COLUMNS.get(i));
            assertEquals(new BigDecimal(expected.get(i)), carried, COLUMNS.get(i));
        }
        assertEquals(null, ReportData.value(created, new CellAddress("T3", "R01", "C1")), "new requests start blank");
        List<Diagnostic> xy01 = new Validator().check(created, previous).stream().filter(d -> "XY-01".equals(d.ruleId())).toList();
        assertTrue(xy01.isEmpty(), xy01.toString());
    }

    @Test
    void anUnreadableLastYearIsAClearMessageAndNoFile(@TempDir Path dir) throws Exception {
        Path next = dir.resolve("new.nianbao");
        CommandRun run = CommandRun.of("new", "--from", dir.resolve("missing.txt").toString(), "-o", next.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing.txt"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(next));
    }

    @Test
    void withoutFromItSaysWhatIsMissing() {
        CommandRun run = CommandRun.of("new", "-o", "x.nianbao");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--from"), run.err());
    }
}
