package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.ReportData;
import cn.nianbao.store.Journal;
import cn.nianbao.store.JournalEntry;

class JournalTest {

    @TempDir
    Path data;

    @Test
    void entriesOfThisProcessAreNotLeftOvers() throws Exception {
        Journal journal = Journal.in(data);
        journal.write("/home/u/甲局2024.nianbao", Reports.of("甲局", 2024, 1, 2));
        assertTrue(journal.leftOver().isEmpty());
        assertEquals(1, journalFiles().size());
        journal.discard("/home/u/甲局2024.nianbao");
        assertTrue(journalFiles().isEmpty());
    }

    @Test
    void aCrashedWritersEntriesAreOfferedRestoredAndDiscarded() throws Exception {
        Journal journal = Journal.in(data);
        journal.write("repo:7", Reports.of("甲局", 2024, 1, 2));
        journal.write("repo:7", Reports.of("甲局", 2024, 5, 6));
        journal.write("repo:8", Reports.of("乙局", 2024, 3, 4));
        long dead = deadPid();
        for (Path file : journalFiles()) {
            rewritePid(file, dead);
        }
        List<JournalEntry> left = journal.leftOver();
        assertEquals(2, left.size());
        JournalEntry seven = left.stream().filter(e -> e.key().equals("repo:7")).findFirst().orElseThrow();
        assertEquals(BigDecimal.valueOf(5), ReportData.value(journal.restore(seven), Reports.NEW_NATURAL));
        journal.discard("repo:7");
        assertEquals(List.of("repo:8"), journal.leftOver().stream().map(JournalEntry::key).toList());
    }

    @Test
    void aDamagedEntryIsRefusedNotRestoredHalf() throws Exception {
        Journal journal = Journal.in(data);
        journal.write("k", Reports.of("甲局", 2024, 1, 2));
        Path file = journalFiles().get(0);
        rewritePid(file, deadPid());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        JournalEntry entry = journal.leftOver().get(0);
        assertThrows(IOException.class, () -> journal.restore(entry));
    }

    @Test
    void noKeyNamesAFileOutsideTheJournalFolder() throws Exception {
        Journal journal = Journal.in(data);
        for (String key : List.of("../../../etc/passwd", "..\\..\\x", "/abs/path", "a\nb", "CON", "")) {
            journal.write(key, Reports.of("甲局", 2024, 1, 2));
        }
        try (Stream<Path> all = Files.walk(data)) {
            assertTrue(all.filter(Files::isRegularFile)
                    .allMatch(f -> f.getParent().equals(data.resolve("journal")) && f.toString().endsWith(".journal")));
        }
        assertEquals(6, journalFiles().size());
    }

    private List<Path> journalFiles() throws IOException {
        Path dir = data.resolve("journal");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".journal")).sorted().toList();
        }
    }

    /** A pid that belonged to a process that has ended. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    /** Makes a journal file look written by another (ended) process. */
    static void rewritePid(Path file, long pid) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int end = 0;
        while (all[end] != '\n') {
            end++;
        }
        String[] f = new String(all, 0, end, StandardCharsets.US_ASCII).split(" ");
        f[3] = Long.toString(pid);
        byte[] header = String.join(" ", f).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + all.length - end];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(all, end, out, header.length, all.length - end);
        Files.write(file, out);
    }
}
