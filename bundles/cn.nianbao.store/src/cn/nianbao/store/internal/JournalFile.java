package cn.nianbao.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import cn.nianbao.store.JournalEntry;

/**
 * A journal file: one header line {@code NIANBAO-JOURNAL 1 key-base64 pid process-start saved sha256 length},
 * then the native bytes of the report. The hash tells a damaged file from a good one.
 */
public final class JournalFile {

    private static final String MAGIC = "NIANBAO-JOURNAL 1";

    private JournalFile() {
    }

    public static byte[] encode(String key, byte[] content) {
        ProcessHandle self = ProcessHandle.current();
        String header = String.join(" ", MAGIC,
                Base64.getUrlEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)),
                Long.toString(self.pid()), Long.toString(startOf(self)), Long.toString(System.currentTimeMillis()),
                Hashes.sha256(content), Integer.toString(content.length)) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length() + content.length);
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** The entry of a journal file, or null when it is not one (or is damaged in its header). */
    public static JournalEntry header(Path file) {
        try {
            String[] f = fields(Files.readAllBytes(file));
            return f == null ? null : new JournalEntry(new String(Base64.getUrlDecoder().decode(f[2]),
                    StandardCharsets.UTF_8), Instant.ofEpochMilli(Long.parseLong(f[5])), Long.parseLong(f[3]), file);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the process that wrote the file still runs (same pid and same start time). */
    public static boolean writerAlive(Path file) throws IOException {
        String[] f = fields(Files.readAllBytes(file));
        if (f == null) {
            return false;
        }
        long start = Long.parseLong(f[4]);
        Optional<ProcessHandle> writer = ProcessHandle.of(Long.parseLong(f[3]));
        return writer.isPresent() && writer.get().isAlive() && (start == 0 || startOf(writer.get()) == start);
    }

    public static byte[] content(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String[] f = fields(all);
        if (f == null) {
            throw new IOException("not a journal file: " + file.getFileName());
        }
        int length = Integer.parseInt(f[7]);
        int start = headerLength(all);
        byte[] content = Arrays.copyOfRange(all, start, all.length);
        if (content.length != length || !Hashes.sha256(content).equals(f[6])) {
            throw new IOException("damaged journal file: " + file.getFileName());
        }
        return content;
    }

    private static String[] fields(byte[] all) {
        int end = headerLength(all);
        if (end <= 0) {
            return null;
        }
        String[] f = new String(all, 0, end - 1, StandardCharsets.US_ASCII).split(" ");
        return f.length == 8 && (f[0] + " " + f[1]).equals(MAGIC) ? f : null;
    }

    private static int headerLength(byte[] all) {
        for (int i = 0; i < Math.min(all.length, 8192); i++) {
            if (all[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
