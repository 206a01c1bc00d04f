package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.testing.LocalWebSite;

/** {@code nianbao fetch} and {@code nianbao check URL} against a site served on loopback by the test. */
class FetchCommandTest {

    private static final LocalWebSite site = LocalWebSite.shared();

    @TempDir
    Path dir;

    @Test
    void fetchingAListPageKeepsEveryLinkedReportWithWhereAndWhenItCameFrom() throws Exception {
        Instant before = Instant.now();
        CommandRun run = CommandRun.of("fetch", site.address("/xxgk/ndbg/index.html"), "-o", dir.toString());
        assertEquals(2, run.exitCode(), "one linked report is gone (404): " + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("gone.html") && run.err().contains("404"), run.err());
        List<String> kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("baoji.html", "baoji.html.source", "huaian-2024.docx", "huaian-2024.docx.source",
                "suqian-2023.pdf", "suqian-2023.pdf.source"), kept);
        List<String> source = Files.readAllLines(dir.resolve("huaian-2024.docx.source"));
        assertEquals("url\t" + site.address("/files/huaian-2024.docx"), source.get(0));
        Instant retrieved = Instant.parse(source.get(2).split("\t")[1]);
        assertTrue(!retrieved.isBefore(before) && !retrieved.isAfter(Instant.now()), source.toString());
        assertTrue(run.out().contains("淮安市人民政府 2024"), run.out());
        CommandRun check = CommandRun.of("check", dir.resolve("baoji.html").toString());
        assertTrue(check.exitCode() < 2, "the kept page reads as the report: " + check.err());

        String data = dir.resolveSibling(dir.getFileName() + "-data").toString();
        CommandRun imported = CommandRun.of("repo", "import", dir.toString(), "--data", data);
        assertEquals(0, imported.exitCode(), "the .source files are not reports to import: " + imported.out() + imported.err());
        CommandRun history = CommandRun.of("repo", "history", "--agency", "淮安市人民政府", "--year", "2024", "--data", data);
        assertTrue(history.out().contains("huaian-2024.docx <" + site.address("/files/huaian-2024.docx") + "> retrieved "
                + source.get(2).split("\t")[1]), "the repository keeps where and when: " + history.out());
    }

    @Test
    void checkingAnAddressNamesTheFindingsByTheAddress() {
        String address = site.address("/xxgk/2024/baoji.html");
        CommandRun run = CommandRun.of("check", address, "--format", "json");
        assertTrue(run.exitCode() < 2, run.err());
        assertTrue(run.out().contains("\"file\": \"" + address + "\""), run.out());
    }

    @Test
    void checkingAMissingPageIsOneLineAndExitTwo() {
        CommandRun run = CommandRun.inLanguage("zh", "check", site.address("/xxgk/missing.html"));
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("404") && run.err().contains("页面不存在"), run.err());
    }
}
