package cn.nianbao.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.VerifyResult;

/**
 * Backups are H2's online BACKUP: a zip holding the one file repository.mv.db. Restoring checks the zip,
 * unpacks it under a name of our own inside the data folder, opens and verifies it, sets the current file
 * aside (repository-before-restore-TIME.mv.db, the way back) and moves the restored file in place.
 */
public final class Backups {

    private Backups() {
    }

    public static void backup(Connection c, Path target) throws RepositoryException {
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), ".nianbao-backup", ".zip");
            Files.delete(temporary);
            try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, temporary.toString());
                ps.execute();
            }
            move(temporary, absolute);
        } catch (IOException | SQLException e) {
            throw Messages.exception(Kind.IO, e, "backup.failed", absolute, e.getMessage());
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Restores a backup into the (closed) data folder; returns where the replaced file was set aside. */
    public static Path restore(Path dataDir, Path backup) throws RepositoryException {
        Path restored = dataDir.resolve("restoring-" + System.nanoTime());
        Path restoredFile = Path.of(restored + ".mv.db");
        try {
            unpack(backup, restoredFile);
            try (Connection c = Database.openFile(restored)) {
                Schema.migrate(c, restored);
                VerifyResult result = new Verifier(c).run();
                if (!result.ok()) {
                    throw bad(backup, result.problems().get(0).messageEn(), null);
                }
            } catch (SQLException e) {
                throw bad(backup, e.getMessage(), e);
            }
            Path currentFile = dataDir.resolve(Database.FILE_NAME);
            if (Files.exists(currentFile)) {
                ensureNotInUse(dataDir);
            }
            Path aside = dataDir.resolve("repository-before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".mv.db");
            if (Files.exists(currentFile)) {
                Files.move(currentFile, aside);
            }
            move(restoredFile, currentFile);
            return aside;
        } catch (IOException e) {
            throw bad(backup, e.getMessage(), e);
        } finally {
            deleteQuietly(restoredFile);
            deleteQuietly(Path.of(restored + ".trace.db"));
        }
    }

    private static void ensureNotInUse(Path dataDir) throws RepositoryException {
        try (Connection current = Database.open(dataDir)) {
            // opened only to be sure that no other Nianbao has it open
        } catch (SQLException e) {
            throw Database.translate(e, dataDir.resolve(Database.NAME));
        } catch (RepositoryException e) {
            if (e.kind() == Kind.LOCKED) {
                throw e;
            }
            // a damaged current file is exactly what a restore replaces
        }
    }

    private static void unpack(Path backup, Path target) throws IOException, RepositoryException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            ZipEntry only = entries.hasMoreElements() ? entries.nextElement() : null;
            if (only == null || entries.hasMoreElements() || !Database.FILE_NAME.equals(only.getName())) {
                throw bad(backup, Messages.problem("backup.notZip").messageEn(), null);
            }
            try (InputStream in = zip.getInputStream(only)) {
                Files.copy(in, target);
            }
        } catch (java.util.zip.ZipException e) {
            throw bad(backup, Messages.problem("backup.notZip").messageEn(), e);
        }
    }

    private static RepositoryException bad(Path backup, String reason, Throwable cause) {
        return Messages.exception(Kind.BAD_BACKUP, cause, "backup.bad", backup, reason);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a left-over temporary file is harmless
            }
        }
    }
}
