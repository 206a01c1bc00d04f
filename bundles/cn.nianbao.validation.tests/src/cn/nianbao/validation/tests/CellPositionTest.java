package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static cn.nianbao.validation.tests.Corpus.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * The validator reads a report's cells by their position in the template: what the report holds at a
 * position decides, every check anew, and cells the template does not name are left out of the sums.
 */
class CellPositionTest {

    private final Validator validator = new Validator();

    private static Cell cell(String row, String column, String value) {
        Cell cell = ReportFactory.eINSTANCE.createCell();
        cell.setRow(row);
        cell.setColumn(column);
        cell.setValue(new BigDecimal(value));
        return cell;
    }

    @Test
    void anEditBetweenTwoChecksOfTheSameReportIsSeenByTheNextCheck() {
        AnnualReport huaian = Corpus.report("04");
        assertEquals(List.of(), only(validator.check(huaian), "SUM-01"));

        Corpus.set(huaian, "T3", "R01", "C2", "60"); // published: 53, as the editor changes it in place
        List<Diagnostic> sum01 = only(validator.check(huaian), "SUM-01");
        assertEquals(1, sum01.size(), sum01.toString());
        assertEquals("一 + 二 = 三（七）+ 四: 60 + 0 ≠ 53 + 0（商业企业）", sum01.get(0).formula());

        Corpus.set(huaian, "T3", "R01", "C2", "53");
        assertEquals(List.of(), only(validator.check(huaian), "SUM-01"));
    }

    @Test
    void aNumberPrintedWithDecimalsKeepsThemInTheFormula() {
        AnnualReport huaian = Corpus.report("04");
        Corpus.set(huaian, "T3", "R01", "C2", "53.0");
        assertEquals(List.of(), only(validator.check(huaian), "SUM-01"));

        // small whole numbers are read as shared values: one printed "60.0" must still say so
        Corpus.set(huaian, "T3", "R01", "C2", "60.0");
        List<Diagnostic> sum01 = only(validator.check(huaian), "SUM-01");
        assertEquals(1, sum01.size(), sum01.toString());
        assertEquals("一 + 二 = 三（七）+ 四: 60.0 + 0 ≠ 53 + 0（商业企业）", sum01.get(0).formula());

        Corpus.set(huaian, "T3", "R01", "C2", "7");
        sum01 = only(validator.check(huaian), "SUM-01");
        assertEquals("一 + 二 = 三（七）+ 四: 7 + 0 ≠ 53 + 0（商业企业）", sum01.get(0).formula());
    }

    @Test
    void aSecondCellAtTheSameAddressDoesNotCountTwiceNorReplaceTheFirst() {
        AnnualReport huaian = Corpus.report("04");
        ReportData.table(huaian, "T3").getCells().add(cell("R01", "C2", "60"));
        assertEquals(List.of(), startingWith(validator.check(huaian), "SUM-"));
    }

    @Test
    void aCellInARowTheTemplateDoesNotHaveIsLeftOutOfTheSums() {
        AnnualReport huaian = Corpus.report("04");
        ReportData.table(huaian, "T3").getCells().add(cell("R99", "C2", "7"));
        assertEquals(List.of(), startingWith(validator.check(huaian), "SUM-"));
    }

    @Test
    void aNewPublishedCellOnAReportMissingItIsCountedOnceAdded() {
        AnnualReport huaian = Corpus.report("04");
        ReportData.table(huaian, "T3").getCells().removeIf(c -> c.getRow().equals("R25") && c.getColumn().equals("C2"));
        assertEquals(List.of(), only(validator.check(huaian), "SUM-01").stream()
                .filter(d -> d.severity() == Severity.ERROR).toList());

        Corpus.set(huaian, "T3", "R25", "C2", "9"); // 四 of 商业企业 is 0 as published: now 9 too many
        List<Diagnostic> sum01 = only(validator.check(huaian), "SUM-01");
        assertEquals(1, sum01.size(), sum01.toString());
        assertEquals("一 + 二 = 三（七）+ 四: 53 + 0 ≠ 53 + 9（商业企业）", sum01.get(0).formula());
    }
}
