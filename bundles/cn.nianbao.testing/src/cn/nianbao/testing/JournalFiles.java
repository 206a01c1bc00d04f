package cn.nianbao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The crash-recovery journal entries on disk under a data folder, read as the files they are, so that a test
 * sees what a restart would find without asking the journal's own code.
 */
public final class JournalFiles {

    private JournalFiles() {
    }

    public static List<Path> in(Path data) throws IOException {
        Path dir = data.resolve("journal");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".journal")).toList();
        }
    }
}
