package cn.nianbao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;

import cn.nianbao.model.report.AnnualReport;

/**
 * Where a report fetched from a web address came from: {@code NAME.source} beside a file that
 * {@code nianbao fetch} downloaded ("url TAB address" and "retrieved TAB time" lines), or the report's own
 * address and retrieval time (a {@code .nianbao} file saved after 文件 ▸ 从网址导入). The import source of
 * its revision then names the address and the time with the file, and the report keeps them, whichever
 * way it came in.
 */
record FetchedFrom(String url, String retrieved) {

    static final String SUFFIX = ".source";

    /** The file's name, followed by " <address> retrieved TIME" when the report was fetched. */
    String describe(String name) {
        return name + " <" + url + ">" + (retrieved == null ? "" : " retrieved " + retrieved);
    }

    /**
     * A name for what was fetched when there is no file (a report fetched in the workbench): the last part of
     * the address's path, else its host, else the address.
     */
    String fileName() {
        try {
            java.net.URI address = java.net.URI.create(url);
            String path = address.getPath() == null ? "" : address.getPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            return !last.isEmpty() ? last : address.getHost() != null ? address.getHost() : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Gives the report the address and the time of the source file, unless it already names its own. */
    void applyTo(AnnualReport report) {
        if (report.getSourceUrl() != null) {
            return;
        }
        report.setSourceUrl(url);
        if (retrieved != null) {
            try {
                report.setRetrieved(Date.from(Instant.parse(retrieved)));
            } catch (DateTimeParseException e) {
                // a time written by hand: the import source keeps it as written
            }
        }
    }

    /** The source file beside the file, else the report's own address; null when the report was not fetched. */
    static FetchedFrom of(Path file, AnnualReport report) {
        FetchedFrom beside = beside(file);
        return beside != null ? beside : of(report);
    }

    /** The report's own address and retrieval time; null when the report was not fetched. */
    static FetchedFrom of(AnnualReport report) {
        if (report.getSourceUrl() == null) {
            return null;
        }
        return new FetchedFrom(report.getSourceUrl(), report.getRetrieved() == null ? null : report.getRetrieved().toInstant().toString());
    }

    private static FetchedFrom beside(Path file) {
        Path source = file.resolveSibling(file.getFileName() + SUFFIX);
        if (!Files.isRegularFile(source)) {
            return null;
        }
        String url = null;
        String retrieved = null;
        try {
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                String[] field = line.split("\t", 2);
                if (field.length == 2 && field[0].equals("url")) {
                    url = field[1].strip();
                } else if (field.length == 2 && field[0].equals("retrieved")) {
                    retrieved = field[1].strip();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return url == null ? null : new FetchedFrom(url, retrieved);
    }
}
