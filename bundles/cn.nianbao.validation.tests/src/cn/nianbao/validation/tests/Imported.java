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

    /** The text of corpus file {@code prefix} or the seed, to be edited and read with {@link #read(String)}. */
    static String text(String prefix) {
        Path file = prefix.equals(Corpus.SEED) ? TestData.seed() : TestData.corpus(prefix + "-");
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A report edited as text (lines added above the title, say), read by the real importer. */
    static AnnualReport read(String text) {
        try {
            Path file = java.nio.file.Files.createTempFile("nianbao-edited-", ".txt");
            try {
                java.nio.file.Files.writeString(file, text);
                return ReportReader.read(file).report();
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | ImportException e) {
            throw new IllegalStateException(e);
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
