package cn.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.repository.SourcedReport;

/** Reads the reports of the review commands: native files or any form the importers read. */
final class ReviewInput {

    private ReviewInput() {
    }

    /** The report, or null after one line on stderr saying why it could not be read. */
    static AnnualReport read(String file, PrintStream err, CliText text) {
        Path path = Path.of(file);
        try {
            // the importers know the native format too, by content, whatever the file is called
            return ReportReader.read(path).report();
        } catch (ImportException e) {
            err.println(text.get("cannotRead", file, text.pick(e.messageZh(), e.messageEn())));
        }
        return null;
    }

    /** Every file read, or null when one could not be (after saying which). */
    static List<SourcedReport> readAll(List<String> files, PrintStream err, CliText text) {
        List<SourcedReport> reports = new ArrayList<>();
        boolean failed = false;
        for (String file : files) {
            AnnualReport report = read(file, err, text);
            if (report == null) {
                failed = true;
            } else {
                reports.add(new SourcedReport(file, report));
            }
        }
        return failed ? null : reports;
    }
}
