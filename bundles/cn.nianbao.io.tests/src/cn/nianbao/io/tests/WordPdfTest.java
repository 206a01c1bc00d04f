package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/**
 * Reports as an office's Word or WPS file and the PDF printed from it (testdata/wordpdf, made with
 * LibreOffice): tables with merged cells that run over pages with their header rows repeated (Word) or not
 * (WPS), numbers wrapped inside narrow cells (centred or top-aligned), and page numbers in the footers
 * ("— 2 —", "第 2 页 共 4 页") between a table's rows.
 */
class WordPdfTest {

    private static Path file(String name, String extension) {
        return TestData.root().resolve("testdata/wordpdf").resolve(name + "." + extension);
    }

    @ParameterizedTest
    @CsvSource({
        "04-huaian-shizhengfu-2024-word, pdf", "04-huaian-shizhengfu-2024-word, docx",
        "06-suqian-shi-2024-wps, pdf", "06-suqian-shi-2024-wps, docx"})
    void everyCellIsReadAsPrinted(String name, String extension) {
        ImportResult result = Imports.read(file(name, extension));
        List<String> wrong = Imports.wrongCells(result, ExpectedValues.read(file(name, "expected.tsv")));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Imports.notes(result));
    }

    @ParameterizedTest
    @CsvSource({
        "04-huaian-shizhengfu-2024-word, pdf, 淮安市人民政府", "04-huaian-shizhengfu-2024-word, docx, 淮安市人民政府",
        "06-suqian-shi-2024-wps, pdf, 宿迁市人民政府", "06-suqian-shi-2024-wps, docx, 宿迁市人民政府"})
    void titleSectionsAndNoPageNumbersOrDoubtfulNotes(String name, String extension, String agency) {
        ImportResult result = Imports.read(file(name, extension));
        assertEquals(agency, result.report().getAgencyName());
        assertEquals(2024, result.report().getYear());
        List<String> keys = result.report().getSections().stream().map(TextSection::getKey).toList();
        assertTrue(keys.containsAll(List.of("S1", "S2", "S3", "S4", "S5", "S6")), keys + "\n" + Imports.notes(result));
        List<ImportNote> problems = result.importReport().notes().stream().filter(n -> n.kind() != ImportNote.Kind.DEVIATION).toList();
        assertTrue(problems.isEmpty(), Imports.notes(result));
        for (TextSection section : result.report().getSections()) {
            String body = String.valueOf(section.getBody());
            assertFalse(body.matches("(?s).*([—－-]\\s*\\d+\\s*[—－-]|第\\s*\\d+\\s*页).*"), "a page number in " + section.getKey() + ": " + body);
        }
    }
}
