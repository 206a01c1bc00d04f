package cn.nianbao.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.BlankReport;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;

/** Opens reports for the workbench: native files, any published form the importers read, or a new one. */
public final class ReportDocuments {

    private ReportDocuments() {
    }

    /**
     * Opens a file. A native file keeps its path; a published form (text, …) opens without one, so that Save
     * asks where to put the native file and the source is never overwritten. Either opens unmodified: only
     * an edit marks it dirty (as an office program opens a .txt), so closing an untouched import asks nothing.
     */
    public static ReportDocument open(Path file) throws ImportException, IOException {
        if (isNative(file)) {
            return new ReportDocument(NativeFormat.read(file), file, false);
        }
        ImportResult result = ReportReader.read(file);
        return new ReportDocument(result.report(), null, false);
    }

    /** A new report: every section heading and every cell of the year's format, all blank. */
    public static ReportDocument create(String agency, AgencyLevel level, int year) {
        return new ReportDocument(BlankReport.create(agency, level, year), null, true);
    }

    /** True for a Nianbao file, false for a published form an importer has to read. */
    public static boolean isNative(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return NativeFormat.looksNative(in.readNBytes(512));
        }
    }
}
