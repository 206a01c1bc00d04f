package cn.nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests find the seed and the corpus: the repository root comes from the system property
 * {@code nianbao.root} that the build sets (or the working directory's ancestors when run from an IDE).
 */
public final class TestData {

    public static final String SEED_NAME = "000_8ac5e3a1fa8dde41.txt";

    private TestData() {
    }

    public static Path root() {
        String property = System.getProperty("nianbao.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root not found: set -Dnianbao.root");
        }
        return dir;
    }

    public static Path seed() {
        return root().resolve("seeds").resolve(SEED_NAME);
    }

    public static Path corpusDir() {
        return root().resolve("testdata").resolve("corpus");
    }

    /** The reports of the corpus (seed copy included), each with its .expected.tsv beside it. */
    public static List<Path> corpusReports() {
        try (Stream<Path> files = Files.list(corpusDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expectedFor(Path report) {
        String name = report.getFileName().toString();
        return report.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".expected.tsv");
    }

    public static Path corpus(String prefix) {
        return corpusReports().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus report " + prefix));
    }
}
