package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.testing.TestData;

/**
 * The fuzzing run found PDFBox ("Operator Td has too few operands", "Could not read ToUnicode CMap") and
 * POI ("FATAL XMLHelper … DOCTYPE is disallowed") printing onto the terminal beside the one line per file.
 * Those lines belong in the log; the terminal gets the reason in the user's language.
 */
class LibraryLoggingTest {

    private static final String LOG_PROPERTY = "nianbao.cli.log";
    /** PDFBox logs the missing operand of "1 Td" as an error; the font's ToUnicode is not a CMap. */
    private static final String CONTENT = "BT /F1 12 Tf 1 Td (annual report) Tj ET";

    @TempDir
    Path dir;

    private Path log;
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;

    @BeforeEach
    void captureTheTerminal() {
        log = dir.resolve("logs/cli.log");
        System.setProperty(LOG_PROPERTY, log.toString());
        systemOut = System.out;
        systemErr = System.err;
        PrintStream capture = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    @AfterEach
    void giveItBack() {
        System.setOut(systemOut);
        System.setErr(systemErr);
        System.clearProperty(LOG_PROPERTY);
    }

    @Test
    void aDamagedPdfAndADocxWithADoctypeGiveOneLineEachAndTheLibrariesWordsGoToTheLog() throws Exception {
        Path pdf = Files.write(dir.resolve("damaged.pdf"), damagedPdf());
        Path docx = Files.write(dir.resolve("doctype.docx"), withDoctype(TestData.root().resolve("testdata/forms/05-suqian-shi-2023.docx")));
        CommandRun run = CommandRun.inLanguage("zh", "check", pdf.toString(), docx.toString());
        String printedByLibraries = terminal.toString(StandardCharsets.UTF_8);
        assertEquals("", printedByLibraries, "nothing may reach the terminal but the command's own lines");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("damaged.pdf") && run.err().contains("doctype.docx"), run.err());
        assertTrue(run.err().contains("不是政府信息公开工作年度报告") && run.err().contains("存在安全风险"),
                "the reasons in the user's language: " + run.err());
        assertFalse(run.err().matches("(?s).*(PDFont|XMLHelper|Exception|org\\.apache|\\tat ).*"), run.err());
        String logged = Files.readString(log);
        assertTrue(logged.contains("Td"), "PDFBox's message is kept in the log: " + logged);
        assertTrue(logged.contains("DOCTYPE"), "POI's message is kept in the log: " + logged);
    }

    private static byte[] damagedPdf() {
        String[] objects = {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
            "<</Length " + CONTENT.length() + ">>\nstream\n" + CONTENT + "\nendstream",
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/ToUnicode 6 0 R>>",
            "<</Length 9>>\nstream\nnot a map\nendstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        for (int i = 0; i < objects.length; i++) {
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        // no cross-reference table: PDFBox rebuilds it, as it must for many files from the web
        pdf.append("trailer\n<</Root 1 0 R/Size 7>>\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The Word form of a corpus report, its list of content types declaring a DOCTYPE as XXE attempts do. */
    private static byte[] withDoctype(Path docx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(docx); ZipInputStream source = new ZipInputStream(in);
                ZipOutputStream target = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                byte[] content = source.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int root = xml.indexOf("<Types");
                    content = (xml.substring(0, root) + "<!DOCTYPE Types [<!ENTITY x \"x\">]>" + xml.substring(root))
                            .getBytes(StandardCharsets.UTF_8);
                }
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(content);
                target.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
