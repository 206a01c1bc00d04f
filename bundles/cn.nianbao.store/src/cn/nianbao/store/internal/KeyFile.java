package cn.nianbao.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The key of the keyed chain: 32 random bytes, hex, in {@value #NAME} of the data folder, readable by the
 * user alone (0600 in a 0700 folder). A file rather than Eclipse secure storage: the command line runs
 * headless, where secure storage has no password provider, and a file can be copied to a safe place.
 */
public final class KeyFile {

    public static final String NAME = "chain.key";
    private static final int BYTES = 32;

    private KeyFile() {
    }

    public static Path of(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    public static Optional<byte[]> read(Path dataDir) throws IOException {
        Path file = of(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            byte[] key = HexFormat.of().parseHex(text);
            if (key.length != BYTES) {
                throw new IOException("the key file " + file + " does not hold a " + BYTES + "-byte key");
            }
            return Optional.of(key);
        } catch (IllegalArgumentException e) {
            throw new IOException("the key file " + file + " is not a hex key", e);
        }
    }

    /** Removes a key made for a sealing that failed (the repository is still in the plain mode). */
    public static void deleteUnused(Path dataDir) {
        try {
            Files.deleteIfExists(of(dataDir));
        } catch (IOException e) {
            // the next open reports the key the repository was not sealed with
        }
    }

    /** Makes a new key file (never replacing one) and returns the key. */
    public static byte[] create(Path dataDir) throws IOException {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path target = of(dataDir);
        Path temporary = Files.createTempFile(dataDir, ".chain", ".tmp"); // 0600 from the start
        try {
            FilePermissions.privateFile(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap((HexFormat.of().formatHex(key) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            if (Files.exists(target)) {
                throw new IOException("a key file already exists: " + target);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            FilePermissions.syncFolder(dataDir);
            return key;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
