package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/** Issue 19: no silent exit 0, no class names or raw control bytes in messages, damaged text still read. */
class HostileInputTest {

    private static final String LOG_PROPERTY = "nianbao.cli.log";

    @TempDir
    Path dir;

    private Path log;

    @BeforeEach
    void logHere() {
        log = dir.resolve("logs/cli.log");
        System.setProperty(LOG_PROPERTY, log.toString());
    }

    @AfterEach
    void logBack() {
        System.clearProperty(LOG_PROPERTY);
    }

    private static void assertNoJavaInMessages(CommandRun run) {
        String all = run.out() + run.err();
        assertFalse(all.matches("(?s).*(Exception|Error:|java\\.|org\\.apache|\\tat ).*"), all);
    }

    private static void assertNoRawControls(CommandRun run) {
        String all = run.out() + run.err();
        assertTrue(all.chars().noneMatch(c -> c == 0x1b || c == 0x07 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069), all);
    }

    /** A path Java cannot even represent (a NUL byte) used to end in an uncaught exception. */
    @Test
    void anUnexpectedFailureIsExitCodeFourWithOneLineAndTheDetailInTheLog() throws Exception {
        CommandRun run = CommandRun.of("export", "bad\0name.txt", "--format", "csv");
        assertEquals(4, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("internal error") && run.err().contains(log.toString()), run.err());
        assertNoJavaInMessages(run);
        assertTrue(Files.readString(log).contains("InvalidPathException"), "the detail belongs in the log");
        CommandRun chinese = CommandRun.inLanguage("zh", "export", "bad\0name.txt", "--format", "csv");
        assertEquals(4, chinese.exitCode());
        assertTrue(chinese.err().contains("内部错误"), chinese.err());
    }

    @Test
    void aParagraphLongerThanAnExcelCellIsExportedWhole() throws Exception {
        AnnualReport report = ReportReader.read(TestData.seed()).report();
        String paragraph = "长".repeat(40_000);
        report.getSections().get(0).setBody(paragraph);
        Path source = dir.resolve("long.nianbao");
        NativeFormat.write(report, source);
        Path xlsx = dir.resolve("long.xlsx");
        CommandRun run = CommandRun.of("export", source.toString(), "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(xlsx) > 0, "nothing written");
    }

    @Test
    void aFileNameWithEscapeAndBidiCharactersIsPrintedEscaped() throws Exception {
        Path hostile = dir.resolve("r\u001b]0;pwned\u0007\u202eevil.txt");
        Files.writeString(hostile, "not a report at all, just words");
        CommandRun run = CommandRun.of("check", hostile.toString());
        assertEquals(2, run.exitCode());
        assertNoRawControls(run);
        assertTrue(run.err().contains("\\x1b]0;pwned\\x07\\u202e"), run.err());
    }

    /** A DOCX whose refusal used to quote the library's exception, with the ESC sequences of its entry names. */
    @Test
    void aRefusedDocxNamesNoClassAndEchoesNoControlBytes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/\u001b[2J\u001b]0;owned\u0007document.xml"));
            zip.write("<w:document>\u001b[2J</w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types\u001b[31m".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path docx = Files.write(dir.resolve("crafted.docx"), bytes.toByteArray());
        CommandRun run = CommandRun.of("check", docx.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertNoRawControls(run);
        assertNoJavaInMessages(run);
    }

    @Test
    void aUtf8ReportWithOneFlippedBitImportsWithANote() throws Exception {
        byte[] seed = Files.readAllBytes(TestData.seed());
        int at = seed.length / 2;
        while ((seed[at] & 0xF0) != 0xE0) {
            at++; // the lead byte of a three-byte (Chinese) character
        }
        seed[at + 1] ^= 0x40; // its continuation byte is no longer one
        Path damaged = Files.write(dir.resolve("damaged.txt"), seed);
        CommandRun run = CommandRun.of("check", damaged.toString());
        assertTrue(run.exitCode() < 2, run.err());
        assertTrue(run.out().contains("damaged byte sequence"), run.out());
    }

    @Test
    void utf16WithoutBomImportsLikeTheSource() throws Exception {
        String text = Files.readString(TestData.seed());
        Path le = Files.write(dir.resolve("utf16le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("utf16be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
        String expected = CommandRun.of("export", TestData.seed().toString(), "--format", "csv").out();
        for (Path file : new Path[] {le, be}) {
            CommandRun run = CommandRun.of("export", file.toString(), "--format", "csv");
            assertEquals(0, run.exitCode(), file + ": " + run.err());
            assertEquals(expected, run.out(), file.toString());
        }
    }
}
