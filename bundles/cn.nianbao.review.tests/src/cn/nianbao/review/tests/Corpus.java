package cn.nianbao.review.tests;

import java.nio.file.Path;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/** Corpus reports read as the command line reads them. */
final class Corpus {

    private Corpus() {
    }

    static AnnualReport read(String prefix) {
        return read(TestData.corpus(prefix));
    }

    static AnnualReport read(Path file) {
        try {
            return ReportReader.read(file).report();
        } catch (ImportException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
