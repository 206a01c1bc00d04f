package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.testing.TestData;

/**
 * Seeded mutations of every corpus file in every form (text, HTML, DOCX, PDF), a bounded number each:
 * an import either gives a report or fails with a clear ImportException; nothing else escapes, and no
 * import runs past the importers' own time limit.
 */
class FuzzImportTest {

    private static final long SEED = 20_250_131L;
    private static final int MUTATIONS_PER_FILE = 12;
    private static final Duration LIMIT = Duration.ofSeconds(40);

    static Stream<Path> sources() {
        List<Path> files = new ArrayList<>(TestData.corpusReports());
        files.addAll(Forms.files("html", "docx", "pdf"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void mutatedFilesImportOrFailWithAClearReason(Path source) throws IOException {
        byte[] original = Files.readAllBytes(source);
        Random random = new Random(SEED ^ source.getFileName().toString().hashCode());
        String name = source.getFileName().toString();
        List<String> failures = new ArrayList<>();
        for (int m = 0; m < MUTATIONS_PER_FILE; m++) {
            byte[] mutated = Mutations.mutate(original, random);
            Path file = TextFiles.write(mutated, name);
            int attempt = m;
            assertTimeoutPreemptively(LIMIT, () -> {
                try {
                    ReportReader.read(file);
                } catch (ImportException e) {
                    assertFalse(e.messageZh() == null || e.messageZh().isBlank(), "no Chinese reason");
                    assertFalse(e.messageEn() == null || e.messageEn().isBlank(), "no English reason");
                } catch (RuntimeException | Error e) {
                    failures.add("mutation " + attempt + " of " + name + ": " + e);
                }
            }, () -> "mutation " + attempt + " of " + name + " ran past " + LIMIT);
            delete(file);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
