package cn.nianbao.store.tests;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Backups changed after they were made, as someone with a zip tool changes them. */
final class BackupZips {

    private BackupZips() {
    }

    /** Copies a zip, changing one entry's text; with {@code entry} null, adds an entry outside the format. */
    static void rewrite(Path from, Path to, String entry, UnaryOperator<String> change) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            if (entry == null) {
                out.putNextEntry(new ZipEntry("../../evil.sql"));
                out.write("RUNSCRIPT".getBytes(StandardCharsets.US_ASCII));
                out.closeEntry();
            }
        }
    }
}
