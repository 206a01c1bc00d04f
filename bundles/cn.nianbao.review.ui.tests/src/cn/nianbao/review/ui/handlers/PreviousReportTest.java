package cn.nianbao.review.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.RepositoryAccess;

/**
 * Compare with Previous Year finds last year's report through the workbench's own repository connection, and
 * a repository it cannot read is told (not swallowed) before it looks in the report's folder.
 */
class PreviousReportTest {

    private final List<String> problems = new ArrayList<>();
    private RepositoryAccess repository;

    @AfterEach
    void close() {
        if (repository != null) {
            repository.close();
        }
    }

    @Test
    void lastYearComesFromTheRepositoryTheWorkbenchHoldsOpen(@TempDir Path dir) throws Exception {
        AnnualReport thisYear = seed();
        repository = new RepositoryAccess(dir.resolve("data"));
        repository.get().saveRevision(yearBefore(thisYear), "reviewer", null);

        SourcedReport found = PreviousReport.find(thisYear, null, repository, (message, e) -> problems.add(message));

        assertNotNull(found, "the report of the year before, from the open repository");
        assertEquals(thisYear.getYear() - 1, found.report().getYear());
        assertEquals(List.of(), problems);
    }

    @Test
    void anUnreadableRepositoryIsToldAndTheReportsFolderIsSearchedInstead(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("repository.mv.db"), "not a database", StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("reports"));
        AnnualReport thisYear = seed();
        NativeFormat.write(yearBefore(thisYear), folder.resolve("last." + NativeFormat.EXTENSION));
        repository = new RepositoryAccess(data);

        SourcedReport found = PreviousReport.find(thisYear, folder.resolve("this." + NativeFormat.EXTENSION), repository,
                (message, e) -> problems.add(message));

        assertNotNull(found, "found in the folder");
        assertEquals("last." + NativeFormat.EXTENSION, found.source());
        assertEquals(1, problems.size(), "the repository's failure is reported once: " + problems);
        String before = cn.nianbao.review.ui.ReviewMessages.Compare_repositoryUnreadable.split("\\{0\\}")[0]
                .replace("''", "'");
        assertTrue(problems.get(0).startsWith(before), problems.get(0));
    }

    private static AnnualReport seed() throws Exception {
        return ReportDocuments.open(TestData.seed()).report();
    }

    private static AnnualReport yearBefore(AnnualReport report) throws Exception {
        AnnualReport copy = NativeFormat.fromBytes(NativeFormat.toBytes(report));
        copy.setYear(report.getYear() - 1);
        return copy;
    }
}
