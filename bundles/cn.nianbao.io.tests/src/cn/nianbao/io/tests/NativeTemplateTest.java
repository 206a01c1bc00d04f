package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/** A saved report made with a template this machine does not have is opened, and the user is told how. */
class NativeTemplateTest {

    @TempDir
    Path folder;

    @Test
    void aReportOfATemplateThatIsNotInstalledOpensInTheNationalLayoutWithANoteNamingTheTemplate() throws Exception {
        AnnualReport report = Imports.read(TestData.seed()).report();
        report.setTemplateKey("province-x-2024");
        Path file = folder.resolve("seed.nianbao");
        NativeFormat.write(report, file);

        ImportResult opened = Imports.read(file);

        List<ImportNote> notes = opened.importReport().notes();
        assertEquals(1, notes.size(), Imports.notes(opened));
        assertEquals(ImportNote.Kind.DEVIATION, notes.get(0).kind());
        assertTrue(notes.get(0).messageZh().contains("province-x-2024") && notes.get(0).messageZh().contains("templates"),
                notes.get(0).messageZh());
        assertTrue(notes.get(0).messageEn().contains("not installed"), notes.get(0).messageEn());
        CellAddress newRequests = new CellAddress("T3", "R01", "C7");
        assertEquals(ReportData.value(report, newRequests), ReportData.value(opened.report(), newRequests));
    }

    @Test
    void aReportOfTheNationalFormatOpensWithoutANote() throws Exception {
        Path file = folder.resolve("seed.nianbao");
        NativeFormat.write(Imports.read(TestData.seed()).report(), file);

        assertEquals(List.of(), Imports.read(file).importReport().notes());
    }
}
