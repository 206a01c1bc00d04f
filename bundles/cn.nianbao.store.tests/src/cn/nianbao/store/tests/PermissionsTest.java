package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.internal.Database;
import cn.nianbao.store.internal.KeyFile;

/** The data folder is the user's alone on POSIX systems: folder 0700, every file in it 0600. */
class PermissionsTest {

    @TempDir
    Path parent;

    @Test
    void theDataFolderAndEverythingInItArePrivate() throws Exception {
        if (!parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: the data folder is in the user's profile
        }
        Path data = parent.resolve("data");
        Path backup = parent.resolve("backups/b.zip");
        try (ReportRepository repo = ReportRepository.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "a", null);
            repo.journal().write("x", Reports.of("乙局", 2024, 1, 2));
            repo.backup(backup);
            repo.enableKey();
        }
        assertEquals("rwx------", mode(data));
        assertEquals("rw-------", mode(data.resolve(Database.FILE_NAME)));
        assertEquals("rw-------", mode(KeyFile.of(data)));
        assertEquals("rw-------", mode(backup));
        assertEquals("rwx------", mode(data.resolve("journal")));
        try (Stream<Path> journal = Files.list(data.resolve("journal"))) {
            journal.forEach(f -> assertEquals("rw-------", mode(f), f.toString()));
        }
    }

    @Test
    void aRepositoryOfAnOlderNianbaoIsClosedOnOpen() throws Exception {
        if (!parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: the data folder is in the user's profile
        }
        Path data = parent.resolve("old");
        ReportRepository.open(data).close();
        Path own = Files.writeString(data.resolve("notes.sh"), "echo 1");
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve(Database.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));
        ReportRepository.open(data).close();
        assertEquals("rwx------", mode(data));
        assertEquals("rw-------", mode(data.resolve(Database.FILE_NAME)));
        assertEquals("rwxr-xr-x", mode(own), "a file that is not Nianbao's is left alone");
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
