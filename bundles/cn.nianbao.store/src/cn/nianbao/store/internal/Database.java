package cn.nianbao.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import org.h2.api.ErrorCode;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;

/**
 * Opens the embedded H2 file database {@value #NAME}{@code .mv.db} of a data folder. The JDBC URL is built
 * here and only here, from the folder's checked path and fixed settings: never a server, never a URL or
 * setting from outside. {@code WRITE_DELAY=0} writes every commit to the file before it returns. The lock is
 * the operating system's lock on the file ({@code FILE_LOCK=FS}): released by the kernel when a process dies,
 * so a killed Nianbao never leaves a stale lock, and no timing-based lock file (FILE) or socket (SOCKET).
 */
public final class Database {

    public static final String NAME = "repository";
    public static final String FILE_NAME = NAME + ".mv.db";

    private static final String SETTINGS = ";FILE_LOCK=FS;WRITE_DELAY=0;REUSE_SPACE=FALSE;AUTO_SERVER=FALSE";

    private Database() {
    }

    public static Connection open(Path dataDir) throws RepositoryException {
        return openFile(dataDir.resolve(NAME));
    }

    /** Opens the database whose files are {@code base}.mv.db; the path was checked by {@link DataFolders}. */
    public static Connection openFile(Path base) throws RepositoryException {
        String url = "jdbc:h2:file:" + base.toAbsolutePath().normalize() + SETTINGS;
        try {
            Connection connection = new org.h2.Driver().connect(url, new Properties());
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw translate(e, base);
        }
    }

    /** A database error as the user should read it: locked, damaged, newer, or an input/output failure. */
    public static RepositoryException translate(SQLException e, Path base) {
        Path file = Path.of(base.toAbsolutePath().normalize() + ".mv.db");
        String detail = firstLine(e.getMessage());
        String chain = causes(e);
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 || e.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1
                || chain.contains("locked")) {
            return Messages.exception(Kind.LOCKED, e, "locked", file);
        }
        if (e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return Messages.exception(Kind.NEWER_VERSION, e, "newerFile", file);
        }
        // a file that is there and readable but cannot be read as a database is damaged (or not one at all)
        boolean unreadableContent = e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 && Files.isRegularFile(file)
                && Files.isReadable(file);
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                || chain.contains("corrupt") || unreadableContent) {
            return Messages.exception(Kind.CORRUPT, e, "corrupt", file, detail);
        }
        return Messages.exception(Kind.IO, e, "io", file, detail);
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 10_000; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        // H2 appends the statement and its own code in brackets: not for users
        int bracket = line.indexOf(" [");
        return bracket > 0 ? line.substring(0, bracket) : line;
    }
}
