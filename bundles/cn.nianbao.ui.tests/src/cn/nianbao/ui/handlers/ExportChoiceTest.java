package cn.nianbao.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The typed name decides the format; the filter only suggests one; Word and PDF come first. */
class ExportChoiceTest {

    private static final List<String> FORMATS = ExportChoice.offered().stream().map(e -> e.format()).toList();

    @Test
    void wordAndPdfAreOfferedFirst() {
        assertEquals(List.of("docx", "pdf", "xlsx", "html", "html-fragment", "csv", "json"), FORMATS);
    }

    @Test
    void aTypedPdfIsAPdfWhateverTheFilter() {
        ExportChoice choice = ExportChoice.of("/tmp/seed.pdf", FORMATS.indexOf("csv"));
        assertEquals("pdf", choice.exporter().format());
        assertEquals(Path.of("/tmp/seed.pdf"), choice.target());
        assertEquals("xlsx", ExportChoice.of("/tmp/表三.XLSX", 0).exporter().format());
    }

    @Test
    void aNameWithoutAKnownExtensionTakesTheFiltersFormat() {
        assertEquals(Path.of("/tmp/seed.csv"), ExportChoice.of("/tmp/seed", FORMATS.indexOf("csv")).target());
        ExportChoice doc = ExportChoice.of("/tmp/seed.doc", 0);
        assertEquals("docx", doc.exporter().format());
        assertEquals(Path.of("/tmp/seed.doc.docx"), doc.target());
    }

    @Test
    void theFilterChoosesAmongFormatsOfTheSameExtension() {
        assertEquals("html-fragment", ExportChoice.of("/tmp/a.html", FORMATS.indexOf("html-fragment")).exporter().format());
        assertEquals("html", ExportChoice.of("/tmp/a.html", FORMATS.indexOf("pdf")).exporter().format());
    }
}
