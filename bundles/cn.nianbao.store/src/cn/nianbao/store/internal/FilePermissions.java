package cn.nianbao.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data folder holds every report of every agency: on POSIX systems it is the user's alone (folder 0700,
 * files 0600), set when things are made and set again on every open, so a repository made by an older
 * Nianbao (0644) is closed too. Elsewhere (Windows) the folder lives in the user's profile, which the
 * system keeps private. Also the directory fsync that makes a rename survive a power loss.
 */
public final class FilePermissions {

    public static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    private FilePermissions() {
    }

    public static void privateFile(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(file) && !PRIVATE_FILE.equals(view.readAttributes().permissions())) {
            view.setPermissions(PRIVATE_FILE);
        }
    }

    /**
     * The folder 0700 and Nianbao's files in it 0600: repositories (also restored and set-aside ones), the
     * key, logs, and the journal folder with its entries. Other files are left alone: a data folder given
     * with --data may be a folder of the user's own.
     */
    public static void privateFolder(Path dir) throws IOException {
        if (!privateDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isSymbolicLink(entry)) {
                    continue; // never follow a link out of the folder
                }
                if (name.equals("journal") && privateDirectory(entry)) {
                    try (DirectoryStream<Path> journal = Files.newDirectoryStream(entry, "*.journal")) {
                        for (Path file : journal) {
                            if (!Files.isSymbolicLink(file)) {
                                privateFile(file);
                            }
                        }
                    }
                } else if (name.endsWith(".mv.db") || name.endsWith(".trace.db") || name.endsWith(".log")
                        || name.equals(KeyFile.NAME)) {
                    privateFile(entry);
                }
            }
        }
    }

    private static boolean privateDirectory(Path dir) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view == null || !Files.isDirectory(dir) || Files.isSymbolicLink(dir)) {
            return false;
        }
        if (!PRIVATE_FOLDER.equals(view.readAttributes().permissions())) {
            view.setPermissions(PRIVATE_FOLDER);
        }
        return true;
    }

    /** Forces the folder's entries (a file just renamed into it) to disk; a no-op where folders cannot be opened. */
    public static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
