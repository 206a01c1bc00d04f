package cn.nianbao.io.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.io.ImportResult;

/** Writes test variants of the reports to temporary files, so that they go through ReportReader like real ones. */
final class TextFiles {

    private TextFiles() {
    }

    static Path write(byte[] content, String name) {
        try {
            Path dir = Files.createTempDirectory("nianbao-io");
            Path file = dir.resolve(name);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(String text, Charset charset) {
        return write(text.getBytes(charset), "report.txt");
    }

    static ImportResult importText(String text) {
        return Imports.read(write(text, StandardCharsets.UTF_8));
    }
}
