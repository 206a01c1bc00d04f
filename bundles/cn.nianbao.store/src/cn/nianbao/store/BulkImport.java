package cn.nianbao.store;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.internal.Content;
import cn.nianbao.store.internal.Hashes;
import cn.nianbao.store.internal.Messages;
import cn.nianbao.store.internal.RevisionWriter;

/**
 * Imports every report file of a folder (recursively) or of a zip into the repository: each becomes a
 * revision of its agency's report of its year, marked published, with the file as its import source. A file
 * whose content is already in the repository is skipped; one that cannot be read is listed with the reason.
 * Commits every {@value #BATCH} files, so an interruption keeps what was committed before it.
 * <p>
 * The files are parsed (read, converted to native XMI, hashed, packed) on one thread per processor, a group
 * and a few files ahead; everything else happens on the caller's thread in file order, group by group of
 * {@value #GROUP} files: the duplicate test (one look-up for the group), filing the group's new agencies and
 * reports (a few statements for the group), then the revisions one after the other in file order (their
 * order in the hash chain), the summary lists, progress and commits.
 */
public final class BulkImport {

    /** Told after each file: how many are done, of how many, and which one. */
    public interface Progress {
        void update(int done, int total, String name);
    }

    public record Failure(String file, String messageZh, String messageEn) {
    }

    /**
     * {@code refusedSteps}: status changes that files brought with their review and the workflow refused (the
     * file itself was imported; the message names the report and the step).
     */
    public record Summary(List<String> imported, List<String> skipped, List<Failure> failed,
            List<Failure> refusedSteps) {
    }

    static final int BATCH = 500;
    /** Files looked up and filed together; a commit comes after the group that reaches {@link #BATCH} files. */
    static final int GROUP = 20;

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
        List<Failure> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        synchronized (repository) {
            Connection c = repository.connection();
            try {
                RevisionWriter writer = new RevisionWriter(c, repository.chain());
                try (Parser parser = new Parser(root, files)) {
                    int sinceCommit = 0;
                    for (int from = 0; from < files.size(); from += GROUP) {
                        List<Parsed> group = new ArrayList<>();
                        for (int i = from; i < Math.min(from + GROUP, files.size()); i++) {
                            group.add(parser.next());
                        }
                        List<Parsed> stored = storeGroup(writer, group, author, seen, imported, skipped, failed);
                        carryReviews(repository, writer, stored, refused);
                        for (int i = 0; i < group.size(); i++) {
                            progress.update(from + i + 1, files.size(), group.get(i).name());
                        }
                        sinceCommit += group.size();
                        if (sinceCommit >= BATCH) {
                            writer.finish();
                            c.commit();
                            writer.begin();
                            sinceCommit = 0;
                        }
                    }
                }
                writer.finish();
                c.commit();
                repository.sync();
            } catch (SQLException e) {
                repository.rollbackQuietly();
                throw repository.fail(e);
            } catch (RepositoryException | RuntimeException | Error e) {
                // a fault (a listener's, a parser thread's, memory) must not leave the batch in the open
                // transaction, where the repository's next commit would make half of it permanent
                repository.rollbackQuietly();
                throw e;
            }
        }
        return new Summary(imported, skipped, failed, refused);
    }

    /**
     * What the parser threads make of one file: the report with its native bytes and content hash and the
     * hash of the file, or why it failed.
     */
    private record Parsed(String name, AnnualReport report, byte[] packed, String hash, String fileHash,
            Failure failure, Throwable unchecked, String source) {
    }

    /** Reads, converts and hashes one file; runs on a parser thread and touches nothing shared. */
    private static Parsed parse(Path file, String name) {
        try {
            // read once: the import source's hash is of the same bytes the report was read from
            byte[] content = ReportReader.content(file);
            AnnualReport report = ReportReader.read(content, file.getFileName() == null ? "" : file.getFileName().toString())
                    .report();
            FetchedFrom fetched = FetchedFrom.of(file, report);
            if (fetched != null) {
                fetched.applyTo(report);
            }
            byte[] plain = RevisionWriter.nativeBytes(report);
            String hash = Hashes.sha256(plain);
            byte[] packed = Content.pack(plain);
            return new Parsed(name, report, packed, hash, Hashes.sha256(content), null, null,
                    fetched == null ? name : fetched.describe(name));
        } catch (ImportException e) {
            return failed(name, new Failure(name, e.messageZh(), e.messageEn()));
        } catch (RepositoryException e) {
            return failed(name, new Failure(name, e.messageZh(), e.messageEn()));
        } catch (IOException e) {
            return failed(name, ioFailure(name, e));
        } catch (RuntimeException | Error e) {
            // not a reason to list but a fault: thrown to the caller when the writer reaches this file
            return new Parsed(name, null, null, null, null, null, e, name);
        }
    }

    private static Parsed failed(String name, Failure failure) {
        return new Parsed(name, null, null, null, null, failure, null, name);
    }

    private static Failure ioFailure(String name, IOException e) {
        return new Failure(name, String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
    }

    /**
     * The writer's part for a group of files, in file order on the caller's thread: the duplicate test (of
     * the whole group in one look-up), the group's new agencies and reports filed together, then each
     * revision.
     */
    private static List<Parsed> storeGroup(RevisionWriter writer, List<Parsed> group, String author, Set<String> seen,
            List<String> imported, List<String> skipped, List<Failure> failed) throws SQLException {
        Set<String> hashes = new HashSet<>();
        for (Parsed parsed : group) {
            if (parsed.report() != null && !seen.contains(parsed.hash())) {
                hashes.add(parsed.hash());
            }
        }
        Set<String> known = writer.knownContents(hashes);
        List<Parsed> toWrite = new ArrayList<>();
        List<Parsed> stored = new ArrayList<>();
        for (Parsed parsed : group) {
            if (parsed.unchecked() instanceof RuntimeException e) {
                throw e;
            }
            if (parsed.unchecked() instanceof Error e) {
                throw e;
            }
            if (parsed.failure() != null) {
                failed.add(parsed.failure());
            } else if (!seen.add(parsed.hash()) || known.contains(parsed.hash())) {
                skipped.add(parsed.name());
                stored.add(parsed);
            } else {
                toWrite.add(parsed);
            }
        }
        writer.prepare(toWrite.stream().map(Parsed::report).filter(BulkImport::fileable).toList(),
                ReportStatus.PUBLISHED);
        for (Parsed parsed : toWrite) {
            if (store(writer, parsed, author, imported, skipped, failed)) {
                stored.add(parsed);
            }
        }
        return stored;
    }

    /** A report the writer can file (else {@link RevisionWriter#write} says why not). */
    private static boolean fileable(AnnualReport report) {
        return report.getAgencyName() != null && !report.getAgencyName().isBlank() && report.getYear() > 0;
    }

    /** Writes one file's revision; true when the report is in the repository now (imported or there already). */
    private static boolean store(RevisionWriter writer, Parsed parsed, String author, List<String> imported,
            List<String> skipped, List<Failure> failed) throws SQLException {
        String name = parsed.name();
        try {
            ImportSource source = new ImportSource(parsed.source(), parsed.fileHash());
            if (writer.write(parsed.report(), parsed.packed(), parsed.hash(), author, source) == null) {
                skipped.add(name);
            } else {
                imported.add(name);
            }
            return true;
        } catch (RepositoryException e) {
            failed.add(new Failure(name, e.messageZh(), e.messageEn()));
        } catch (IOException e) {
            failed.add(ioFailure(name, e));
        }
        return false;
    }

    /**
     * The {@code .nianbao} files' reviews (comments, done marks, status changes) into the reports they were
     * saved as, also when their content was there already (skipped): the review is not part of the content.
     * The writer's pending rows go out first, so that the review meets the revision it belongs to.
     */
    private static void carryReviews(ReportRepository repository, RevisionWriter writer, List<Parsed> stored,
            List<Failure> refused) throws SQLException {
        List<Parsed> reviewed = stored.stream().filter(p -> p.report() != null && p.report().getReview() != null)
                .toList();
        if (reviewed.isEmpty()) {
            return;
        }
        writer.flush();
        for (Parsed parsed : reviewed) {
            for (CarriedReview.RefusedStep step : repository.carry(parsed.report()).refused()) {
                refused.add(new Failure(parsed.name(), step.messageZh(), step.messageEn()));
            }
        }
    }

    /**
     * Parses the files on {@code availableProcessors()} threads, reading ahead at most a {@link #GROUP} and
     * {@link #AHEAD} files per thread, {@link #MOST_AHEAD} in all, and hands the results out in file order.
     * The parse threads go on while the writer stores a group, commits, or waits for a database server; with
     * 32 files a thread they ran out of work at those moments (on 2 cores, 128 took 7-14 % off the import's
     * time at the same CPU: docs/benchmarks.md, round 12). The cap keeps the parsed reports held at once
     * (each with its text and packed content) within the launcher's heap on a machine with many cores.
     * Closing it stops the threads (files parsed ahead of a failure are dropped).
     */
    private static final class Parser implements AutoCloseable {

        private static final int AHEAD = 128;
        private static final int MOST_AHEAD = 512;

        private final Path root;
        private final List<Path> files;
        private final ExecutorService pool;
        private final ArrayDeque<Future<Parsed>> pending = new ArrayDeque<>();
        private final int window;
        private int submitted;

        Parser(Path root, List<Path> files) {
            this.root = root;
            this.files = files;
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
            AtomicInteger number = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "nianbao-bulk-import-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.window = GROUP + Math.min(threads * AHEAD, MOST_AHEAD);
            fill();
        }

        /** The next file's result, in the order of the list. */
        Parsed next() {
            Future<Parsed> future = pending.poll();
            if (future == null) {
                throw new IllegalStateException("no file left to parse");
            }
            Parsed parsed = waitFor(future);
            fill();
            return parsed;
        }

        private void fill() {
            while (pending.size() < window && submitted < files.size()) {
                Path file = files.get(submitted++);
                String name = file.equals(root) ? String.valueOf(file.getFileName()) : root.relativize(file).toString();
                pending.add(pool.submit(() -> parse(file, name)));
            }
        }

        /** Waits for a result without giving up on an interrupt (as the single-threaded import did not). */
        private static Parsed waitFor(Future<Parsed> future) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return future.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        // parse() catches everything; this is only reached when the JVM is in trouble
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
            boolean interrupted = false;
            try {
                // the files may be in a zip that is closed when the import returns
                while (!pool.isTerminated()) {
                    try {
                        pool.awaitTermination(10, TimeUnit.SECONDS);
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static List<Path> candidates(Path root) throws RepositoryException {
        try {
            return ReportFiles.under(root);
        } catch (IOException e) {
            throw Messages.exception(Kind.IO, e, "io", root, e.getMessage());
        }
    }
}
