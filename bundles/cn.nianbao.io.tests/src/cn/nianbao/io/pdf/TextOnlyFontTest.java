package cn.nianbao.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import cn.nianbao.testing.TestData;

/**
 * The fonts the PDF importer makes for a document ({@link DocumentFonts}: kept for the whole document,
 * {@link TextOnlyFont} without parsing the font program) give every glyph the same text, position, width and
 * height as PDFBox's own fonts: on the PDF fixtures (LibreOffice, Word and WPS) and on bit-flipped copies of
 * them, whose damaged ToUnicode maps send codes to PDFBox's font. Not compared: the width of a space, which
 * the text-only font takes from the widths by design (Nianbao's line building does not read it).
 */
class TextOnlyFontTest {

    private static final int DAMAGED_COPIES = 30;

    @Test
    void glyphsAreThoseOfPdfBoxFontsOnEveryFixture() throws IOException {
        for (Path file : pdfFixtures()) {
            byte[] content = Files.readAllBytes(file);
            assertEquals(glyphs(content, new DefaultResourceCache()), glyphs(content, new DocumentFonts()), file.toString());
        }
    }

    @Test
    void glyphsAreThoseOfPdfBoxFontsOnDamagedCopies() throws IOException {
        int compared = 0;
        for (Path file : pdfFixtures()) {
            byte[] original = Files.readAllBytes(file);
            Random random = new Random(file.getFileName().toString().hashCode());
            for (int copy = 0; copy < DAMAGED_COPIES; copy++) {
                byte[] content = original.clone();
                for (int flips = 1 + random.nextInt(20); flips > 0; flips--) {
                    content[random.nextInt(content.length)] ^= (byte) (1 << random.nextInt(8));
                }
                List<String> expected;
                try {
                    expected = glyphs(content, new DefaultResourceCache());
                } catch (IOException | RuntimeException e) {
                    continue; // damaged beyond reading: the importer refuses it either way
                }
                assertEquals(expected, glyphs(content, new DocumentFonts()), file + " copy " + copy);
                compared++;
            }
        }
        assertTrue(compared > DAMAGED_COPIES, "copies compared: " + compared);
    }

    @Test
    void libreOfficeSubsetFontsAreReadWithoutTheirFontProgram() throws IOException {
        Path file = TestData.root().resolve("testdata/forms/05-suqian-shi-2023.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
            document.setResourceCache(new DocumentFonts());
            PDResources resources = document.getPage(0).getResources();
            List<COSName> names = new ArrayList<>();
            resources.getFontNames().forEach(names::add);
            assertFalse(names.isEmpty());
            for (COSName name : names) {
                assertInstanceOf(TextOnlyFont.class, resources.getFont(name), name.getName());
                // the same object on the next page: made once per document
                assertTrue(resources.getFont(name) == document.getPage(1).getResources().getFont(name), name.getName());
            }
        }
    }

    private static List<Path> pdfFixtures() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("testdata/forms", "testdata/wordpdf")) {
            try (Stream<Path> list = Files.list(TestData.root().resolve(dir))) {
                list.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 8, files.toString());
        return files;
    }

    /** Every glyph the stripper keeps, as the importer's stripper is set up, one line each. */
    private static List<String> glyphs(byte[] content, ResourceCache fonts) throws IOException {
        List<String> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(content)) {
            document.setResourceCache(fonts);
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writePage() {
                    for (List<TextPosition> article : charactersByArticle) {
                        for (TextPosition p : article) {
                            glyphs.add(p.getUnicode() + " " + p.getXDirAdj() + " " + p.getYDirAdj() + " " + p.getWidthDirAdj() + " "
                                    + p.getHeightDir() + " " + p.getFontSizeInPt());
                        }
                    }
                    glyphs.add("-- page");
                }
            };
            stripper.setSortByPosition(true);
            stripper.setSuppressDuplicateOverlappingText(true);
            stripper.writeText(document, Writer.nullWriter());
        }
        return glyphs;
    }
}
