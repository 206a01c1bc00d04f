package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.nianbao.testing.TestData;

/**
 * The ERROR audit of issues 13 and 17: every ERROR that {@code check} raises on the real reports and fixtures
 * of testdata/ has been judged real by a reviewer and is listed, with the reason, in docs/error-audit.md. A
 * new ERROR on these files fails here until someone judges it (a real one goes into the list with its
 * reason, a false one is fixed in the rule or the importer); an ERROR that no longer appears fails too, so
 * that the list stays the list of what a user sees.
 */
class ErrorAuditTest {

    /** The made-up 2099 format of FutureFormatTest is no published report and needs its catalogue registered. */
    private static final Set<String> NOT_AUDITED = Set.of("v2099");
    private static final Set<String> REPORT_FILES = Set.of("txt", "html", "docx", "pdf");

    @Test
    void everyErrorOnTheTestReportsIsInTheAuditList() throws IOException {
        Path root = TestData.root();
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        for (Path file : reports(root.resolve("testdata"))) {
            args.add(file.toString());
        }
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertTrue(run.exitCode() <= 1, "every file is read: " + run.err());
        Set<String> raised = new TreeSet<>();
        for (JsonElement element : JsonParser.parseString(run.out()).getAsJsonArray()) {
            JsonObject finding = element.getAsJsonObject();
            if (finding.get("severity").getAsString().equals("ERROR")) {
                raised.add(key(root, finding));
            }
        }
        Set<String> listed = listed(root.resolve("docs").resolve("error-audit.md"));
        Set<String> unjudged = new TreeSet<>(raised);
        unjudged.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(raised);
        assertEquals(Set.of(), unjudged, "ERRORs not in docs/error-audit.md: judge each (real: add it with why; false: fix it)");
        assertEquals(Set.of(), gone, "listed in docs/error-audit.md but no longer raised: take them out of the list");
        assertTrue(raised.size() >= 10, "the audit list is not empty by accident: " + raised);
    }

    private static List<Path> reports(Path testdata) throws IOException {
        try (Stream<Path> files = Files.walk(testdata)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !NOT_AUDITED.contains(testdata.relativize(p).getName(0).toString()))
                    .filter(p -> REPORT_FILES.contains(extension(p)))
                    .sorted().toList();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** "testdata/corpus/02-….txt | SUM-05 | T4/REVIEW/TOTAL +4", as the list in docs/error-audit.md writes it. */
    private static String key(Path root, JsonObject finding) {
        String file = root.relativize(Path.of(finding.get("file").getAsString())).toString().replace('\\', '/');
        JsonArray cells = finding.getAsJsonArray("cells");
        String where = cells.isEmpty() ? "—" : cell(cells.get(0).getAsJsonObject()) + (cells.size() > 1 ? " +" + (cells.size() - 1) : "");
        return file + " | " + finding.get("rule").getAsString() + " | " + where;
    }

    private static String cell(JsonObject cell) {
        return cell.get("table").getAsString() + "/" + cell.get("row").getAsString() + "/" + cell.get("column").getAsString();
    }

    /** The first three columns of each row of the list's table whose report is under testdata/. */
    private static Set<String> listed(Path audit) throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(audit)) {
            if (!line.startsWith("| testdata/")) {
                continue;
            }
            String[] columns = line.split("\\|");
            listed.add(columns[1].strip() + " | " + columns[2].strip() + " | " + columns[3].strip());
        }
        return listed;
    }
}
