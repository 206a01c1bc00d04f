package cn.nianbao.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.store.Journal;
import cn.nianbao.store.JournalEntry;
import cn.nianbao.testing.JournalFiles;
import cn.nianbao.testing.TestData;

/** Unsaved edits reach the journal on the next tick and leave it once the report is saved or closed. */
class AutosaveTest {

    private static final CellAddress CELL = new CellAddress("T3", "R13", "C1");

    @Test
    void anEditIsJournaledAndASaveRemovesIt(@TempDir Path data) throws Exception {
        ReportDocument document = ReportDocuments.open(TestData.seed());
        Autosave autosave = new Autosave(Journal.in(data));
        document.execute(document.edits().set(CELL, new BigDecimal("9")).toCommand("edit"));

        autosave.tick(List.of(document));

        List<Path> entries = JournalFiles.in(data);
        assertEquals(1, entries.size());
        var journaled = Journal.in(data).restore(new JournalEntry("read back", Instant.now(), 0, entries.get(0)));
        assertEquals(new BigDecimal("9"), ReportData.value(journaled, CELL), "the entry holds the edit");

        document.saveAs(data.resolve("saved." + NativeFormat.EXTENSION));
        autosave.tick(List.of(document));
        assertEquals(List.of(), JournalFiles.in(data));
        assertEquals(new BigDecimal("9"), ReportData.value(NativeFormat.read(data.resolve("saved.nianbao")), CELL));
    }

    @Test
    void aClosedReportLeavesNothingBehind(@TempDir Path data) throws Exception {
        ReportDocument document = ReportDocuments.open(TestData.seed());
        Autosave autosave = new Autosave(Journal.in(data));
        autosave.tick(List.of(document));
        assertEquals(List.of(), JournalFiles.in(data), "an untouched import has nothing to journal");
        document.execute(document.edits().set(CELL, new BigDecimal("4")).toCommand("edit"));
        autosave.tick(List.of(document));
        assertEquals(1, JournalFiles.in(data).size(), "an edited import is journaled");
        autosave.tick(List.of());
        assertEquals(List.of(), JournalFiles.in(data));
    }
}
