package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/** Every report of the corpus, and the seed, imports with exactly the values written out by hand. */
class CorpusImportTest {

    private static final Map<String, String> AGENCIES = Map.of(
            "000", "宝鸡市科学技术局",
            "02", "洪泽区人民政府",
            "03", "淮安市洪泽区人民政府",
            "04", "淮安市人民政府",
            "05", "宿迁市",
            "06", "宿迁市");

    static Stream<Path> reports() {
        List<Path> reports = new ArrayList<>(TestData.corpusReports());
        reports.add(TestData.seed());
        return reports.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyCellEqualsTheExpectedValueAndNoOtherCellHoldsOne(Path file) {
        ExpectedValues expected = ExpectedValues.read(TestData.expectedFor(corpusCopy(file)));
        ImportResult result = Imports.read(file);
        AnnualReport report = result.report();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<CellAddress, BigDecimal> entry : expected.values().entrySet()) {
            Cell cell = ReportData.cell(report, entry.getKey());
            if (cell == null) {
                wrong.add(entry.getKey() + " missing");
            } else if (!java.util.Objects.equals(entry.getValue(), cell.getValue()) || cell.getText() != null) {
                wrong.add(entry.getKey() + " expected " + entry.getValue() + " but was " + cell.getValue() + "/" + cell.getText());
            }
        }
        for (DataTable table : report.getTables()) {
            for (Cell cell : table.getCells()) {
                CellAddress address = new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn());
                if (!expected.values().containsKey(address) && (cell.getValue() != null || cell.getText() != null)) {
                    wrong.add(address + " should be empty but holds " + cell.getValue() + "/" + cell.getText());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\nnotes:\n" + Imports.notes(result));
        assertEquals(expected.version(), report.getTemplateVersion());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void agencyYearAndAllSixSectionsAreFoundWithoutProblems(Path file) {
        ExpectedValues expected = ExpectedValues.read(TestData.expectedFor(corpusCopy(file)));
        ImportResult result = Imports.read(file);
        AnnualReport report = result.report();
        String prefix = corpusCopy(file).getFileName().toString().split("-")[0];
        assertEquals(AGENCIES.get(prefix), report.getAgencyName());
        assertEquals(expected.year(), report.getYear());
        assertTrue(report.getTitle().contains("政府信息公开工作年度报告"), report.getTitle());
        for (int k = 1; k <= 6; k++) {
            assertNotNull(ReportData.section(report, "S" + k), "S" + k + " of " + file);
        }
        assertTrue(ReportData.sectionText(report, "S6").contains("信息处理费"), ReportData.sectionText(report, "S6"));
        List<ImportNote> problems = result.importReport().notes().stream()
                .filter(n -> n.kind() != ImportNote.Kind.DEVIATION).toList();
        assertTrue(problems.isEmpty(), Imports.notes(result));
    }

    /** The seed's expected values are kept beside the corpus copy of it. */
    private static Path corpusCopy(Path file) {
        return file.equals(TestData.seed()) ? TestData.corpus("000") : file;
    }
}
