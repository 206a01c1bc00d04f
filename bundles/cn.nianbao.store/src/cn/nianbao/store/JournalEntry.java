package cn.nianbao.store;

import java.nio.file.Path;
import java.time.Instant;

/** One autosaved document: its key as the workbench gave it, when it was written, by which process. */
public record JournalEntry(String key, Instant savedAt, long pid, Path file) {
}
