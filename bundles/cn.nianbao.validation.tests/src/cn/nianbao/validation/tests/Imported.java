package cn.nianbao.validation.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.testing.TestData;
import cn.nianbao.validation.Diagnostic;

/** Reports read from the real files with the real importer (ReportReader), and text edits on them. */
final class Imported {

    private Imported() {
    }

    /** Corpus file {@code prefix} ("02", "06") or the seed ("000"), as the importer reads it. */
    static AnnualReport report(String prefix) {
        Path file = prefix.equals(Corpus.SEED) ? TestData.seed() : TestData.corpus(prefix + "-");
        try {
            return ReportReader.read(file).report();
        } catch (ImportException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces text in a section body; fails when the text is not there, so that an edit never silently misses. */
    static void replace(AnnualReport report, String key, String from, String to) {
        TextSection section = ReportData.section(report, key);
        String body = section.getBody();
        String flat = body.replaceAll("\\s+", "");
        String fromFlat = from.replaceAll("\\s+", "");
        if (body.contains(from)) {
            section.setBody(body.replace(from, to));
        } else if (flat.contains(fromFlat)) {
            section.setBody(flat.replace(fromFlat, to));
        } else {
            throw new IllegalArgumentException(key + " has no \"" + from + "\": " + body);
        }
    }

    static void setBody(AnnualReport report, String key, String body) {
        ReportData.section(report, key).setBody(body);
    }

    static void published(AnnualReport report, String date) {
        report.setPublishDate(Date.from(LocalDate.parse(date).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
