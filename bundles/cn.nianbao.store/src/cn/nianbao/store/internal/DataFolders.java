package cn.nianbao.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;

/** Checks a data folder before anything is built from its path: absolute, no ";" (H2's setting separator). */
public final class DataFolders {

    private DataFolders() {
    }

    public static Path checked(Path dir) throws RepositoryException {
        Path absolute = dir.toAbsolutePath().normalize();
        String text = absolute.toString();
        if (text.indexOf(';') >= 0 || text.indexOf('\0') >= 0) {
            throw bad(absolute, "dataFolder.semicolon", null);
        }
        try {
            if (!Files.exists(absolute) && absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(absolute, java.nio.file.attribute.PosixFilePermissions
                        .asFileAttribute(FilePermissions.PRIVATE_FOLDER));
            }
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw bad(absolute, null, e);
        }
        if (!Files.isDirectory(absolute)) {
            throw bad(absolute, "dataFolder.notDirectory", null);
        }
        return absolute;
    }

    /** The folder 0700 and its files 0600 (see {@link FilePermissions}); said as such when it cannot be done. */
    public static void makePrivate(Path dir) throws RepositoryException {
        try {
            FilePermissions.privateFolder(dir);
        } catch (IOException e) {
            throw bad(dir, null, e);
        }
    }

    private static RepositoryException bad(Path dir, String reasonKey, IOException cause) {
        String reason = cause != null ? String.valueOf(cause.getMessage())
                : Messages.problem(reasonKey).messageEn();
        RepositoryException en = Messages.exception(Kind.BAD_DATA_FOLDER, cause, "dataFolder.bad", dir, reason);
        if (reasonKey == null) {
            return en;
        }
        String reasonZh = Messages.problem(reasonKey).messageZh();
        RepositoryException zh = Messages.exception(Kind.BAD_DATA_FOLDER, cause, "dataFolder.bad", dir, reasonZh);
        return new RepositoryException(Kind.BAD_DATA_FOLDER, zh.messageZh(), en.messageEn(), cause);
    }
}
