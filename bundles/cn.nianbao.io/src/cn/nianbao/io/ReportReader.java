package cn.nianbao.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.io.internal.Messages;
import cn.nianbao.io.docx.DocxImporter;
import cn.nianbao.io.html.HtmlImporter;
import cn.nianbao.io.internal.NativeImporter;
import cn.nianbao.io.pdf.PdfImporter;
import cn.nianbao.io.text.PlainTextImporter;

/**
 * Reads a report file with the first importer that understands its content. Every way a file can fail
 * (missing, a directory, unreadable, empty, too large, not a report) ends in an {@link ImportException}.
 */
public final class ReportReader {

    /** Published reports are a few hundred kilobytes; anything this large is not one. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final List<ReportImporter> IMPORTERS = List.of(new NativeImporter(), new PdfImporter(), new DocxImporter(), new HtmlImporter(),
            new PlainTextImporter());

    /** The importers, most specific first: each decides by content (magic bytes, markup), not by name. */
    public static List<ReportImporter> importers() {
        return IMPORTERS;
    }

    private ReportReader() {
    }

    public static ImportResult read(Path file) throws ImportException {
        return read(content(file), file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /** Reads content that is not in a file (a fetched page); the name says where it came from in messages. */
    public static ImportResult read(byte[] content, String name) throws ImportException {
        if (content.length == 0) {
            throw Messages.exception("file.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw Messages.exception("file.tooLarge", name, content.length / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        for (ReportImporter importer : IMPORTERS) {
            ReportImporter.Reading reading = importer.reading(content, name);
            if (reading != null) {
                return reading.read();
            }
        }
        // say why when it is not even text (binary junk, an unknown encoding), otherwise that no format fits
        PlainTextImporter.checkText(content, name);
        throw Messages.exception("file.unknownFormat", name);
    }

    /**
     * The bytes of a report file, with the checks and messages of {@link #read(Path)}: for a caller that needs
     * them too (the repository's import hashes the file) and reads it once.
     */
    public static byte[] content(Path file) throws ImportException {
        if (file == null || !Files.exists(file)) {
            throw Messages.exception("file.missing", String.valueOf(file));
        }
        if (Files.isDirectory(file)) {
            throw Messages.exception("file.directory", file);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw Messages.exception("file.empty", file);
            }
            if (size > MAX_BYTES) {
                throw Messages.exception("file.tooLarge", file, size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw Messages.exception("file.unreadable", file, e.getMessage());
        }
    }
}
