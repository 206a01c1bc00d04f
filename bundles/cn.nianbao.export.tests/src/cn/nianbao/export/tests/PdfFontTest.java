package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.export.PdfExporter;
import cn.nianbao.export.pdf.CjkFontFinder;
import cn.nianbao.export.pdf.MissingCjkFontException;

/** Without an embeddable Chinese font the PDF export fails with a message that says what to install. */
class PdfFontTest {

    @Test
    void emptyFontFolderGivesAMessageInChineseAndEnglish(@TempDir Path empty) {
        MissingCjkFontException e = assertThrows(MissingCjkFontException.class,
                () -> new PdfExporter(new CjkFontFinder(List.of(empty))).write(TestReports.seed(), new ByteArrayOutputStream()));
        String message = e.getMessage();
        assertTrue(message.contains("中文"), message);
        assertTrue(message.contains("Chinese"), message);
        assertTrue(message.contains("fonts-arphic-uming") && message.contains("SimSun"), message);
        assertTrue(message.contains(empty.toString()), "names the folder searched: " + message);
    }

    @Test
    void systemPropertyPointsTheFinderElsewhere(@TempDir Path empty) {
        String before = System.getProperty(CjkFontFinder.PROPERTY);
        System.setProperty(CjkFontFinder.PROPERTY, empty.toString());
        try {
            assertThrows(MissingCjkFontException.class, () -> new PdfExporter().write(TestReports.seed(), new ByteArrayOutputStream()));
        } finally {
            if (before == null) {
                System.clearProperty(CjkFontFinder.PROPERTY);
            } else {
                System.setProperty(CjkFontFinder.PROPERTY, before);
            }
        }
    }

    @Test
    void cffOnlyFontsAreNamedAsNotEmbeddable() throws Exception {
        Path noto = Path.of("/usr/share/fonts/opentype/noto");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(noto), "fonts-noto-cjk not installed");
        MissingCjkFontException e = assertThrows(MissingCjkFontException.class, () -> new CjkFontFinder(List.of(noto)).find());
        assertTrue(e.getMessage().contains("NotoSansCJK") || e.getMessage().contains("NotoSerifCJK"), e.getMessage());
    }

    @Test
    void thisMachineHasAnEmbeddableFont() throws Exception {
        assertNotNull(CjkFontFinder.system().find(), "install fonts-arphic-uming");
    }
}
