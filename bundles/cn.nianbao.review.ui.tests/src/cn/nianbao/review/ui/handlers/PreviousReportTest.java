package cn.nianbao.review.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.RepositoryAccess;

/**
 * Compare with Previous Year finds last year's report where the reviewer has it, in this order: the reports
 * open in the workbench, the workbench's own repository connection, the report's folder; only when none has
 * it does the handler ask for a file. A repository it cannot read is told (not swallowed) before it looks in
 * the report's folder.
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

        SourcedReport found = PreviousReport.find(thisYear, null, List.of(), repository,
                (message, e) -> problems.add(message));

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

        SourcedReport found = PreviousReport.find(thisYear, folder.resolve("this." + NativeFormat.EXTENSION), List.of(), repository,
                (message, e) -> problems.add(message));

        assertNotNull(found, "found in the folder");
        assertEquals("last." + NativeFormat.EXTENSION, found.source());
        assertEquals(1, problems.size(), "the repository's failure is reported once: " + problems);
        String before = cn.nianbao.review.ui.ReviewMessages.Compare_repositoryUnreadable.split("\\{0\\}")[0]
                .replace("''", "'");
        assertTrue(problems.get(0).startsWith(before), problems.get(0));
    }

    @Test
    void anOpenReportOfLastYearComesBeforeTheRepositorys(@TempDir Path dir) throws Exception {
        AnnualReport thisYear = seed();
        repository = new RepositoryAccess(dir.resolve("data"));
        repository.get().saveRevision(yearBefore(thisYear), "reviewer", null);
        AnnualReport openLastYear = yearBefore(thisYear);
        AnnualReport openOtherAgency = yearBefore(thisYear);
        openOtherAgency.setAgencyName("另一个机关");
        List<ReportDocument> open = List.of(new ReportDocument(thisYear, null, false),
                new ReportDocument(openOtherAgency, null, false), new ReportDocument(openLastYear, null, true));

        SourcedReport found = PreviousReport.find(thisYear, null, open, repository, (message, e) -> problems.add(message));

        assertNotNull(found);
        assertSame(openLastYear, found.report(), "the open one, with its unsaved edits, not the repository's");
    }

    @Test
    void whenNoOpenReportRepositoryOrFolderHasItTheHandlerAsksForAFile(@TempDir Path dir) throws Exception {
        AnnualReport thisYear = seed();
        repository = new RepositoryAccess(dir.resolve("data"));
        AnnualReport twoYearsBefore = yearBefore(yearBefore(thisYear));
        repository.get().saveRevision(twoYearsBefore, "reviewer", null);
        Path folder = Files.createDirectories(dir.resolve("reports"));
        List<ReportDocument> open = List.of(new ReportDocument(twoYearsBefore, null, false));

        SourcedReport found = PreviousReport.find(thisYear, folder.resolve("this." + NativeFormat.EXTENSION), open,
                repository, (message, e) -> problems.add(message));

        assertNull(found, "nothing of the year before anywhere: the file dialog is next");
        assertEquals(List.of(), problems);
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
