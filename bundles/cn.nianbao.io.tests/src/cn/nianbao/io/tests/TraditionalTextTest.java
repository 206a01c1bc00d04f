package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/** A report copied from a mirror in traditional characters reads like its simplified original, with a note. */
class TraditionalTextTest {

    private static final Path COPY = TestData.root().resolve("testdata/traditional/03-hongze-quzhengfu-2024-hant.txt");

    @Test
    void everyCellOfTheTraditionalCopyIsRead() {
        ImportResult result = Imports.read(COPY);
        List<String> wrong = Imports.wrongCells(result, ExpectedValues.read(TestData.expectedFor(COPY)));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Imports.notes(result));
    }

    @Test
    void theTitleAndSectionsAreFoundInSimplifiedCharactersAndTheConversionIsNoted() {
        ImportResult result = Imports.read(COPY);
        assertEquals("淮安市洪泽区人民政府", result.report().getAgencyName());
        assertEquals(2024, result.report().getYear());
        for (int k = 1; k <= 6; k++) {
            assertTrue(ReportData.section(result.report(), "S" + k) != null, "S" + k + "\n" + Imports.notes(result));
        }
        assertTrue(result.importReport().notes(ImportNote.Kind.DEVIATION).stream().anyMatch(n -> n.messageZh().contains("繁体字")),
                Imports.notes(result));
    }
}
