package cn.nianbao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File names for reports: the report files of a folder (what a folder import or a search over files takes),
 * and the names of reports written out of the repository. The agency name is reduced to letters and digits
 * (Chinese included), so no name can climb out of the target folder or name a device; the report id keeps
 * names unique.
 */
public final class ReportFiles {

    private static final int MAX_NAME = 60;
    private static final Set<String> EXTENSIONS = Set.of("txt", "htm", "html", "docx", "pdf", "nianbao");

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

    /** The files under {@code root} (recursively) that may be reports, by extension, hidden ones left out; sorted. */
    public static List<Path> under(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(ReportFiles::reportLike).sorted().toList();
        }
    }

    private static boolean reportLike(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
