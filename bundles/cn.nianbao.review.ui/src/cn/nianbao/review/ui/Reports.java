package cn.nianbao.review.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.SourcedReport;

/** Reads the reports a review starts from: native files or any form the importers read. */
public final class Reports {

    private Reports() {
    }

    public static AnnualReport read(Path file) throws Exception {
        return ReportDocuments.open(file).report();
    }

    public static List<SourcedReport> readAll(List<Path> files) throws Exception {
        List<SourcedReport> reports = new ArrayList<>();
        for (Path file : files) {
            try {
                reports.add(new SourcedReport(file.getFileName().toString(), read(file)));
            } catch (Exception e) {
                throw new Exception(file.getFileName() + ": " + cn.nianbao.ui.parts.FileDialogs.reason(e), e);
            }
        }
        return reports;
    }
}
