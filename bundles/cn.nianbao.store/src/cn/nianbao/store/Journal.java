package cn.nianbao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.internal.FilePermissions;
import cn.nianbao.store.internal.Hashes;
import cn.nianbao.store.internal.JournalFile;

/**
 * Autosave of unsaved edits: one file per open document in {@code DATA/journal/}, replaced atomically on
 * every write. The file name is a hash of the document key, so no key can name a file outside the folder.
 * Entries written by a process that is no longer running are what a crash left behind ({@link #leftOver()}).
 * The workbench writes every few seconds while a document is dirty and discards on save or close.
 */
public final class Journal {

    static final String SUFFIX = ".journal";

    private final Path dir;

    private Journal(Path dir) {
        this.dir = dir;
    }

    public static Journal in(Path dataDir) {
        return new Journal(dataDir.toAbsolutePath().normalize().resolve("journal"));
    }

    /** Journals the unsaved state of the document {@code key} (a file path, or "repo:ID", as the caller likes). */
    public void write(String key, AnnualReport report) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            FilePermissions.privateFolder(dir);
        }
        AtomicFiles.write(fileOf(key), JournalFile.encode(key, NativeFormat.toBytes(report)));
        FilePermissions.syncFolder(dir);
    }

    /** The entries of processes that ended without discarding them (a crash), newest first. */
    public List<JournalEntry> leftOver() throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                JournalEntry entry = JournalFile.header(file);
                if (entry != null && !JournalFile.writerAlive(file)) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(Comparator.comparing(JournalEntry::savedAt).reversed());
        return entries;
    }

    /** The journaled report; an IOException when the entry is damaged (its checksum does not match). */
    public AnnualReport restore(JournalEntry entry) throws IOException {
        return NativeFormat.fromBytes(JournalFile.content(entry.file()));
    }

    public void discard(String key) throws IOException {
        Files.deleteIfExists(fileOf(key));
    }

    Path fileOf(String key) {
        String name = Hashes.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 40) + SUFFIX;
        return dir.resolve(name);
    }
}
