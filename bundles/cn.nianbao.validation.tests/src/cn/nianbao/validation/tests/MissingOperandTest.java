package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static cn.nianbao.validation.tests.Corpus.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * A cell that is not in the document is unknown, not 0: an identity that needs one is not evaluated and
 * says so once; a cell that is there and blank still counts as 0 (TYP-03 reports it).
 */
class MissingOperandTest {

    private final Validator validator = new Validator();

    /** Huai'an 2024 with the last rows of table 三 cut off, as a copy truncated in transfer is imported. */
    private static AnnualReport withoutRows(Set<String> rows) {
        AnnualReport report = Corpus.report("04");
        ReportData.table(report, "T3").getCells().removeIf(c -> rows.contains(c.getRow()));
        return report;
    }

    @Test
    void anIdentityWithMissingRowsSaysOnceThatItCannotBeCheckedAndRaisesNoError() {
        List<Diagnostic> all = validator.check(withoutRows(Set.of("R24", "R25")));
        List<Diagnostic> sum01 = only(all, "SUM-01");
        assertEquals(1, sum01.size(), sum01.toString());
        Diagnostic info = sum01.get(0);
        assertEquals(Severity.INFO, info.severity());
        assertEquals(14, info.cells().size(), "rows 三（七） and 四, seven columns each");
        assertTrue(info.messageZh().startsWith("无法核对：文档中缺少表三的 三（七）、四 行"), info.messageZh());
        assertTrue(info.messageEn().startsWith("Cannot check: rows "), info.messageEn());
        assertTrue(startingWith(all, "SUM-").stream().noneMatch(d -> d.severity() == Severity.ERROR), startingWith(all, "SUM-").toString());
    }

    @Test
    void aPresentBlankCellStillCountsAsZero() {
        AnnualReport report = Corpus.report("04");
        Corpus.set(report, "T3", "R25", "C1", null);
        Corpus.set(report, "T3", "R24", "C1", null);
        List<Diagnostic> sum01 = only(validator.check(report), "SUM-01");
        assertEquals(1, sum01.size(), sum01.toString());
        assertEquals(Severity.ERROR, sum01.get(0).severity());
        assertTrue(sum01.get(0).formula().contains("≠ 0 + 0（自然人）"), sum01.get(0).formula());
    }
}
