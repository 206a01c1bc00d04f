package cn.nianbao.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Writes a file so that readers see its old content or the complete new one, never half of it: the bytes
 * go to a temporary file beside the target ({@code .NAME.*.tmp}), are forced to disk, replace the target in
 * one move, and the folder is forced too so that the move survives a power loss. Only regular files are
 * written: a device, a FIFO or a folder as the target is refused ({@link NotARegularFileException}) instead
 * of being replaced. A replaced file keeps its mode and, where the OS allows, its owner and group. A failure
 * leaves the old file as it was and no temporary file behind; the temporary files of a writer that was
 * killed are swept at the next write of the same target. The one way every part of Nianbao writes a file.
 */
public final class AtomicFiles {

    /** The target exists and is not a regular file (a device, a FIFO, a folder). */
    public static final class NotARegularFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        NotARegularFileException(Path file) {
            super(file.toString());
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    private static final String SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        PosixFileAttributes replaced = existingRegularFile(target);
        Path folder = target.getParent();
        String prefix = temporaryPrefix(target);
        sweepStale(folder, prefix);
        Path temporary = Files.createTempFile(folder, prefix, SUFFIX);
        try {
            // the lock tells a later sweep that this temporary file belongs to a live writer
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepAttributes(replaced, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The attributes of the file that will be replaced, null when there is none or they cannot be read. */
    private static PosixFileAttributes existingRegularFile(Path target) throws IOException {
        if (!Files.exists(target)) {
            return null;
        }
        if (!Files.isRegularFile(target)) {
            throw new NotARegularFileException(target);
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        try {
            return view.readAttributes();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static void keepAttributes(PosixFileAttributes replaced, Path temporary) {
        if (replaced == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            view.setPermissions(replaced.permissions());
        } catch (IOException | SecurityException e) {
            // the temporary file's own mode (0600) is the safe default
        }
        try {
            view.setGroup(replaced.group());
        } catch (IOException | SecurityException e) {
            // only a member of the group (or root) may hand the file to it
        }
        try {
            view.setOwner(replaced.owner());
        } catch (IOException | SecurityException e) {
            // only root may give a file away
        }
    }

    static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Deletes the temporary files of writers of this target that died; a live writer holds a lock on its own. */
    private static void sweepStale(Path folder, String prefix) {
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(SUFFIX) && name.length() > prefix.length() + SUFFIX.length();
        })) {
            for (Path candidate : candidates) {
                deleteUnlocked(candidate);
            }
        } catch (IOException | SecurityException e) {
            // sweeping is housekeeping; the write itself must not fail because of it
        }
    }

    private static void deleteUnlocked(Path candidate) {
        if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return;
            }
            try {
                Files.deleteIfExists(candidate);
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            // written right now by this very process
        } catch (IOException | SecurityException e) {
            // not ours to delete, or gone already
        }
    }

    /** Makes the rename durable; Linux allows forcing a folder, Windows does not (and needs it less). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | SecurityException e) {
            // not supported on this platform
        }
    }
}
