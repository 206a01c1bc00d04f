package cn.nianbao.review.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.ui.Reports;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportRepository;

/**
 * Finds the same agency's report of the year before: in the repository of the data folder when there is
 * one, else among the reports in the folder of the current report's file. Null when neither has it (the
 * handler then asks for a file).
 */
final class PreviousReport {

    private static final int MAX_FILES = 200;

    private PreviousReport() {
    }

    static SourcedReport find(AnnualReport current, Path file) {
        SourcedReport found = fromRepository(current);
        return found != null ? found : fromFolder(current, file);
    }

    private static SourcedReport fromRepository(AnnualReport current) {
        Path data = DataFolder.resolve(null);
        if (!Files.isDirectory(data) || current.getAgencyName() == null) {
            return null;
        }
        try (ReportRepository repository = ReportRepository.open(data)) {
            return new RepositoryReports(repository).previousYear(current.getAgencyName(), current.getYear());
        } catch (Exception e) {
            return null; // locked by another process, or not a repository: fall back to the folder
        }
    }

    private static SourcedReport fromFolder(AnnualReport current, Path file) {
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
                } catch (Exception e) {
                    // not a report: skip it
                }
            }
        } catch (Exception e) {
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
