package cn.nianbao.review.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.Reports;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.parts.FileDialogs;

/**
 * Finds the same agency's report of the year before, first where the reviewer already has it: among the reports
 * open in the workbench (with their unsaved edits), then in the workbench's repository, then among the reports
 * in the folder of the current report's file. Null when none has it (the handler then asks for a file). A
 * repository or a folder that cannot be read is told to {@code problems} (message in the user's language, and
 * the cause) before the search goes on; files of the folder that are not reports are simply not candidates.
 */
final class PreviousReport {

    private static final int MAX_FILES = 200;

    private PreviousReport() {
    }

    static SourcedReport find(AnnualReport current, Path file, List<ReportDocument> open, RepositoryAccess repository,
            BiConsumer<String, Exception> problems) {
        SourcedReport found = fromOpen(current, open);
        if (found == null) {
            found = fromRepository(current, repository, problems);
        }
        return found != null ? found : fromFolder(current, file, problems);
    }

    private static SourcedReport fromOpen(AnnualReport current, List<ReportDocument> open) {
        for (ReportDocument document : open) {
            AnnualReport report = document.report();
            if (report != current && report.getYear() == current.getYear() - 1 && sameAgency(report, current)) {
                Path file = document.file();
                return new SourcedReport(file == null ? ReviewMessages.Compare_openReport : file.getFileName().toString(),
                        report);
            }
        }
        return null;
    }

    private static SourcedReport fromRepository(AnnualReport current, RepositoryAccess repository,
            BiConsumer<String, Exception> problems) {
        if (!repository.exists() || current.getAgencyName() == null) {
            return null;
        }
        try {
            return new RepositoryReports(repository.get()).previousYear(current.getAgencyName(), current.getYear());
        } catch (Exception e) {
            problems.accept(ReviewMessages.bind(ReviewMessages.Compare_repositoryUnreadable, FileDialogs.reason(e)), e);
            return null;
        }
    }

    private static SourcedReport fromFolder(AnnualReport current, Path file, BiConsumer<String, Exception> problems) {
        if (file == null || file.getParent() == null) {
            return null;
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<Path> candidates = files.filter(PreviousReport::isReport).sorted().limit(MAX_FILES).toList();
            for (Path candidate : candidates) {
                if (candidate.equals(file)) {
                    continue;
                }
                try {
                    AnnualReport report = Reports.read(candidate);
                    if (report.getYear() == current.getYear() - 1 && sameAgency(report, current)) {
                        return new SourcedReport(candidate.getFileName().toString(), report);
                    }
                } catch (Exception notAReport) {
                    // a folder holds other files too: this one is no candidate
                }
            }
        } catch (Exception e) {
            problems.accept(ReviewMessages.bind(ReviewMessages.Compare_folderUnreadable, file.getParent(),
                    FileDialogs.reason(e)), e);
            return null;
        }
        return null;
    }

    private static boolean isReport(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".txt") || name.endsWith("." + NativeFormat.EXTENSION));
    }

    static boolean sameAgency(AnnualReport a, AnnualReport b) {
        String x = a.getAgencyName() == null ? "" : a.getAgencyName().replaceAll("\\s+", "");
        String y = b.getAgencyName() == null ? "" : b.getAgencyName().replaceAll("\\s+", "");
        return !x.isEmpty() && x.equals(y);
    }
}
