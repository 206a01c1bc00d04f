package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;

import cn.nianbao.store.DataFolder;

/**
 * The detail of an internal error, for whoever fixes it: the stack trace goes to {@code logs/cli.log} in the
 * data folder (0600: it may quote report text), never to the terminal.
 */
final class CrashLog {

    static final String FILE = "logs/cli.log";
    /** Puts the log elsewhere (tests; an installation whose data folder is not writable). */
    public static final String LOCATION_PROPERTY = "nianbao.cli.log";

    private CrashLog() {
    }

    /** The log file written, or null when it could not be (a full disk: the user line must still come). */
    static Path record(String[] args, Throwable failure) {
        StringWriter detail = new StringWriter();
        try (PrintWriter writer = new PrintWriter(detail)) {
            writer.println(Instant.now() + " nianbao " + Version.current() + " " + Arrays.toString(args));
            failure.printStackTrace(writer);
        }
        return append(detail.toString());
    }

    /** Where the log is now: the property (read each time, tests change it), else the data folder. */
    static Path location() {
        String given = System.getProperty(LOCATION_PROPERTY);
        return given != null ? Path.of(given) : DataFolder.resolve(null).resolve(FILE);
    }

    /** Appends to the log, created readable by its owner only; the log file, or null when it cannot be written. */
    static Path append(String detail) {
        Path log = location();
        try {
            Files.createDirectories(log.getParent());
            if (!Files.exists(log) && log.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(log, detail, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
