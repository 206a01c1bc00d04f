package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.SourceLabel;
import cn.nianbao.testing.ExpectedValues;

/**
 * The seed and every corpus report, published as HTML (six site styles, one GB2312 page with nested layout
 * tables), as Word files and as PDF made from them by LibreOffice: every cell as in the .expected.tsv.
 */
class FormsImportTest {

    static Stream<Path> forms() {
        return Forms.files("html", "docx", "pdf").stream();
    }

    @Test
    void everyCorpusReportHasItsThreeForms() {
        assertEquals(18, forms().count(), Forms.dir().toString());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyCellEqualsTheExpectedValue(Path form) {
        ExpectedValues expected = Forms.expected(form);
        ImportResult result = Imports.read(form);
        List<String> wrong = Forms.wrongCells(expected, result.report());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Forms.describe(result));
        assertEquals(expected.version(), result.report().getTemplateVersion());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void titleYearAndSixSectionsAreReadWithoutProblems(Path form) {
        ExpectedValues expected = Forms.expected(form);
        ImportResult result = Imports.read(form);
        AnnualReport report = result.report();
        assertEquals(expected.year(), report.getYear(), report.getTitle());
        assertNotNull(report.getAgencyName(), report.getTitle());
        for (int k = 1; k <= 6; k++) {
            assertNotNull(ReportData.section(report, "S" + k), "S" + k + "\n" + Forms.describe(result));
        }
        assertTrue(ReportData.sectionText(report, "S6").contains("信息处理费"), ReportData.sectionText(report, "S6"));
        List<ImportNote> problems = result.importReport().notes().stream()
                .filter(n -> n.kind() != ImportNote.Kind.DEVIATION).toList();
        assertTrue(problems.isEmpty(), Forms.describe(result));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void deviatingLabelsAreKeptAsPrintedForLbl01(Path form) {
        ImportResult result = Imports.read(form);
        String name = form.getFileName().toString();
        if (name.startsWith("000")) {
            SourceLabel repealed = Imports.label(result, "T2", LabelAxis.COLUMN, "REPEALED");
            assertNotNull(repealed, Forms.describe(result));
            assertEquals("本年度止件数", repealed.getText());
        } else if (name.startsWith("02") || name.startsWith("03")) {
            SourceLabel r06 = Imports.label(result, "T3", LabelAxis.ROW, "R06");
            assertNotNull(r06, Forms.describe(result));
            assertTrue(r06.getText().contains("止公开"), r06.getText());
        }
    }
}
