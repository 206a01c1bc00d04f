package cn.nianbao.store;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.internal.Hashes;
import cn.nianbao.store.internal.Messages;
import cn.nianbao.store.internal.RevisionWriter;

/**
 * Imports every report file of a folder (recursively) or of a zip into the repository: each becomes a
 * revision of its agency's report of its year, marked published, with the file as its import source. A file
 * whose content is already in the repository is skipped; one that cannot be read is listed with the reason.
 * Commits every {@value #BATCH} files, so an interruption keeps what was committed before it.
 */
public final class BulkImport {

    /** Told after each file: how many are done, of how many, and which one. */
    public interface Progress {
        void update(int done, int total, String name);
    }

    public record Failure(String file, String messageZh, String messageEn) {
    }

    public record Summary(List<String> imported, List<String> skipped, List<Failure> failed) {
    }

    static final int BATCH = 500;
    private static final Set<String> EXTENSIONS = Set.of("txt", "htm", "html", "docx", "pdf", "nianbao");

    private BulkImport() {
    }

    public static Summary run(ReportRepository repository, Path source, String author, Progress progress)
            throws RepositoryException {
        if (Files.isRegularFile(source) && source.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (FileSystem zip = FileSystems.newFileSystem(source)) {
                return runIn(repository, zip.getPath("/"), author, progress);
            } catch (IOException e) {
                throw Messages.exception(Kind.IO, e, "io", source, e.getMessage());
            }
        }
        return runIn(repository, source, author, progress);
    }

    private static Summary runIn(ReportRepository repository, Path root, String author, Progress progress)
            throws RepositoryException {
        List<Path> files = candidates(root);
        List<String> imported = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        synchronized (repository) {
            Connection c = repository.connection();
            try {
                RevisionWriter writer = new RevisionWriter(c);
                for (int i = 0; i < files.size(); i++) {
                    Path file = files.get(i);
                    String name = file.equals(root) ? String.valueOf(file.getFileName()) : root.relativize(file).toString();
                    importOne(writer, file, name, author, seen, imported, skipped, failed);
                    if ((i + 1) % BATCH == 0) {
                        writer.finish();
                        c.commit();
                    }
                    progress.update(i + 1, files.size(), name);
                }
                writer.finish();
                c.commit();
                repository.sync();
            } catch (SQLException e) {
                repository.rollbackQuietly();
                throw ReportRepository.fail(e, repository.dataDir());
            }
        }
        return new Summary(imported, skipped, failed);
    }

    private static void importOne(RevisionWriter writer, Path file, String name, String author, Set<String> seen,
            List<String> imported, List<String> skipped, List<Failure> failed) throws SQLException {
        try {
            AnnualReport report = ReportReader.read(file).report();
            byte[] plain = RevisionWriter.nativeBytes(report);
            String hash = Hashes.sha256(plain);
            if (!seen.add(hash) || writer.contains(hash)) {
                skipped.add(name);
                return;
            }
            ImportSource source = new ImportSource(name, Hashes.sha256(Files.readAllBytes(file)));
            if (writer.write(report, plain, hash, author, source) == null) {
                skipped.add(name);
            } else {
                imported.add(name);
            }
        } catch (ImportException e) {
            failed.add(new Failure(name, e.messageZh(), e.messageEn()));
        } catch (RepositoryException e) {
            failed.add(new Failure(name, e.messageZh(), e.messageEn()));
        } catch (IOException e) {
            failed.add(new Failure(name, String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
        }
    }

    private static List<Path> candidates(Path root) throws RepositoryException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(BulkImport::reportLike).sorted().toList();
        } catch (IOException e) {
            throw Messages.exception(Kind.IO, e, "io", root, e.getMessage());
        }
    }

    private static boolean reportLike(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
