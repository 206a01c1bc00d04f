package cn.nianbao.store;

import java.nio.file.Path;

/**
 * File names for reports written out of the repository. The agency name is reduced to letters and digits
 * (Chinese included), so no name can climb out of the target folder or name a device; the report id keeps
 * names unique.
 */
public final class ReportFiles {

    private static final int MAX_NAME = 60;

    private ReportFiles() {
    }

    public static String fileName(ReportSummary report, String extension) {
        StringBuilder name = new StringBuilder();
        report.agency().codePoints().limit(MAX_NAME)
                .forEach(cp -> name.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : '_'));
        String ext = extension.replaceAll("[^A-Za-z0-9]", "");
        return report.year() + "-" + name + "-" + report.id() + "." + ext;
    }

    /** The file for the report inside {@code folder}; never outside it. */
    public static Path in(Path folder, ReportSummary report, String extension) {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(fileName(report, extension)).normalize();
        if (!dir.equals(file.getParent())) {
            throw new IllegalArgumentException("file name leaves the folder: " + file);
        }
        return file;
    }
}
